using AfterSales.Domain.Calendars;
using AfterSales.Domain.Common;

namespace AfterSales.Domain.Complaints;

/// <summary>
/// The complaint escalation (R26–R28) as pure decisions: which steps remain, who may act, when each
/// step is due and which are overdue. No clock and no I/O: the instant and the unit's calendar come in
/// as arguments, so every decision is a plain function with a test that names its rule.
/// </summary>
public static class ComplaintPolicy
{
    /// <summary>
    /// R27 overdue: open, and a step not yet done is past its deadline. One expression, read by the
    /// aggregate and by the work list's SQL, so the flag and the filter cannot disagree.
    /// </summary>
    public static readonly InstantRule<Complaint> Overdue = new((c, now) =>
        c.Status != ComplaintStatus.Closed
        && ((c.TriagedAt == null && c.TriageDueAt < now)
            || (c.ReviewDueAt != null && c.ReviewedAt == null && c.ReviewDueAt < now)
            || (c.VisitDueAt != null && c.VisitSettledAt == null && c.VisitDueAt < now)
            || (c.ReplyDueAt != null && c.RepliedAt == null && c.ReplyDueAt < now)));

    /// <summary>
    /// R26–R28: the steps still to be done before the complaint may close, in order. A finding is
    /// given when closing, so it is missing unless <paramref name="findingGiven"/>.
    /// </summary>
    public static IReadOnlyList<ComplaintStep> RemainingSteps(Complaint complaint, bool findingGiven = false)
    {
        var steps = new List<ComplaintStep>();
        if (complaint.Status == ComplaintStatus.Closed)
        {
            return steps;
        }

        if (complaint.Severity is null)
        {
            steps.Add(ComplaintStep.Triage);
        }

        if (complaint.Severity == ComplaintSeverity.Serious && complaint.ReviewedAt is null)
        {
            steps.Add(ComplaintStep.Review);
        }

        if (complaint.VisitSettledAt is null)
        {
            steps.Add(ComplaintStep.Visit);
        }

        if (complaint.RepliedAt is null)
        {
            steps.Add(ComplaintStep.Reply);
        }

        if (!findingGiven)
        {
            steps.Add(ComplaintStep.Finding);
        }

        return steps;
    }

    /// <summary>R27: the steps not done whose deadline has passed at <paramref name="now"/>.</summary>
    public static IReadOnlyList<ComplaintStep> OverdueSteps(Complaint complaint, DateTimeOffset now) =>
        OverdueDeadlines(complaint, now).Select(d => d.Step).ToList();

    /// <summary>R27: the steps not done whose deadline has passed at <paramref name="now"/>, each with that deadline.</summary>
    public static IReadOnlyList<(ComplaintStep Step, DateTimeOffset DueAt)> OverdueDeadlines(Complaint complaint, DateTimeOffset now)
    {
        var remaining = RemainingSteps(complaint);
        return Deadlines(complaint).Where(d => d.DueAt < now && remaining.Contains(d.Step)).ToList();
    }

    /// <summary>R27: the earliest deadline of a step not yet done, if any step has one.</summary>
    public static (ComplaintStep Step, DateTimeOffset DueAt)? NextDeadline(Complaint complaint)
    {
        var remaining = RemainingSteps(complaint);
        var next = Deadlines(complaint).Where(d => remaining.Contains(d.Step)).OrderBy(d => d.DueAt).FirstOrDefault();
        return next.DueAt == default ? null : next;
    }

    /// <summary>R27: the deadlines of the steps after triage, counted in the unit's working time.</summary>
    public static (DateTimeOffset? Review, DateTimeOffset Visit, DateTimeOffset Reply) StageDeadlines(
        DateTimeOffset triagedAt, DateTimeOffset? seriousSince, DateTimeOffset replyCountsFrom, ComplaintSeverity severity, ComplaintFollowUpTimes times, WorkingCalendar calendar) =>
        (
            severity == ComplaintSeverity.Serious ? calendar.AddWorkingTime(seriousSince ?? triagedAt, times.Review) : null,
            calendar.AddWorkingTime(triagedAt, times.Visit(severity)),
            calendar.AddWorkingTime(replyCountsFrom, times.Reply(severity)));

    /// <summary>R26: anyone who triages may raise General to Serious; only the vice general manager lowers Serious to General.</summary>
    public static bool MayChangeSeverity(ComplaintSeverity? current, ComplaintSeverity requested, bool byViceGeneralManager) =>
        !(current == ComplaintSeverity.Serious && requested == ComplaintSeverity.General) || byViceGeneralManager;

    /// <summary>R26: a Serious complaint's reply is a letter; a General one's a letter or a call.</summary>
    public static bool ReplyFits(ComplaintSeverity? severity, ReplyChannel channel) =>
        severity != ComplaintSeverity.Serious || channel == ReplyChannel.Letter;

    /// <summary>R28: the unit's supervisor or the designee, and never the technician complained about.</summary>
    public static bool MayVisit(Complaint complaint, Guid visitorId, bool isTheUnitsSupervisor) =>
        (isTheUnitsSupervisor || complaint.DesigneeId == visitorId) && complaint.TechnicianId != visitorId;

    private static IEnumerable<(ComplaintStep Step, DateTimeOffset DueAt)> Deadlines(Complaint c)
    {
        yield return (ComplaintStep.Triage, c.TriageDueAt);
        if (c.ReviewDueAt is { } review)
        {
            yield return (ComplaintStep.Review, review);
        }

        if (c.VisitDueAt is { } visit)
        {
            yield return (ComplaintStep.Visit, visit);
        }

        if (c.ReplyDueAt is { } reply)
        {
            yield return (ComplaintStep.Reply, reply);
        }
    }
}
