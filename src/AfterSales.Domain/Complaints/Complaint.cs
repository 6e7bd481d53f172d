using AfterSales.Domain.Calendars;
using AfterSales.Domain.Common;

namespace AfterSales.Domain.Complaints;

/// <summary>
/// 客戶抱怨 (R26–R28): a customer's complaint from a card, a call, a letter, a visit or an e-mail, tied
/// to a call and technician where known. Received → triaged Serious or General → (Serious) reviewed
/// by the vice general manager → visited by the unit's supervisor or designee → replied → closed with
/// a finding; a closed one may be reopened. Each step's deadline (R27) is fixed, in the unit's working
/// time, when the step's clock starts; what remains and what is overdue come from <see cref="ComplaintPolicy"/>.
/// </summary>
public sealed class Complaint : Entity, IBelongsToUnit, IVersioned, IAggregateRoot, IArchivable
{
    private List<ComplaintVisit> _visits = [];
    private List<ComplaintReply> _replies = [];
    private List<ComplaintChase> _chases = [];
    private List<ComplaintReopening> _reopenings = [];

    private Complaint()
    {
        Number = CustomerName = Words = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Number { get; private set; }

    public Guid UnitId { get; private set; }

    public ComplaintSource Source { get; private set; }

    public Guid CustomerId { get; private set; }

    public string CustomerName { get; private set; }

    public Guid? CallId { get; private set; }

    /// <summary>The technician complained about, where known; never the one who visits (R28).</summary>
    public Guid? TechnicianId { get; private set; }

    public Guid? SurveyCardId { get; private set; }

    /// <summary>The customer's own words.</summary>
    public string Words { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public Guid? ReceivedBy { get; private set; }

    public ComplaintStatus Status { get; private set; }

    public ComplaintSeverity? Severity { get; private set; }

    /// <summary>Serious complaints head every list (R26); kept as a column so lists sort on an index.</summary>
    public bool IsSerious { get; private set; }

    public DateTimeOffset? TriagedAt { get; private set; }

    public Guid? TriagedBy { get; private set; }

    public DateTimeOffset? SeriousSince { get; private set; }

    public ReviewDecision? ReviewDecision { get; private set; }

    public string? ReviewInstructions { get; private set; }

    public Guid? ReviewedBy { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public Guid? DesigneeId { get; private set; }

    public Guid? DesignatedBy { get; private set; }

    public IReadOnlyList<ComplaintVisit> Visits => _visits;

    /// <summary>When the visit step was done: a visit made, or a refusal the service department accepted.</summary>
    public DateTimeOffset? VisitSettledAt { get; private set; }

    public Guid? RefusalAcceptedBy { get; private set; }

    public IReadOnlyList<ComplaintReply> Replies => _replies;

    /// <summary>When the reply that satisfies the current severity was given (a telephone reply stops counting if the complaint becomes Serious).</summary>
    public DateTimeOffset? RepliedAt { get; private set; }

    public ComplaintFinding? Finding { get; private set; }

    public IReadOnlyList<ComplaintChase> Chases => _chases;

    public IReadOnlyList<ComplaintReopening> Reopenings => _reopenings;

    public DateTimeOffset TriageDueAt { get; private set; }

    public DateTimeOffset? ReviewDueAt { get; private set; }

    public DateTimeOffset? VisitDueAt { get; private set; }

    public DateTimeOffset? ReplyDueAt { get; private set; }

    /// <summary>
    /// The step deadlines as set in the unit's working hours, before declared closures (停班停課) moved
    /// them: what closures move, and what the deadlines return to when they are taken back.
    /// </summary>
    public ComplaintStepDeadlines DeadlinesAsGiven { get; private set; } = null!;

    /// <summary>A1: the archive batch holding this record; once set, the record refuses every change.</summary>
    public Guid? ArchivedIn { get; private set; }

    public uint Version { get; private set; }

    public static Complaint Receive(
        Guid id, string number, Guid unitId, ComplaintSource source, Guid customerId, string customerName, Guid? callId, Guid? technicianId, Guid? surveyCardId,
        string words, DateTimeOffset at, Guid? receivedBy, ComplaintFollowUpTimes times, WorkingCalendar calendar)
    {
        var complaint = new Complaint
        {
            Id = id,
            Number = number,
            UnitId = unitId,
            Source = source,
            CustomerId = customerId,
            CustomerName = customerName,
            CallId = callId,
            TechnicianId = technicianId,
            SurveyCardId = surveyCardId,
            Words = words,
            ReceivedAt = at,
            ReceivedBy = receivedBy,
            Status = ComplaintStatus.Received,
            DeadlinesAsGiven = new ComplaintStepDeadlines(calendar.WithoutClosures().AddWorkingTime(at, times.Triage), null, null, null),
        };
        complaint.FollowClosures(calendar);
        return complaint;
    }

    /// <summary>
    /// R27 with a declared closure: each step deadline still running moves later by exactly the working
    /// time the closures (in <paramref name="deadlines"/>) take out of the span it is counted over. Returns
    /// whether any moved; a closed complaint keeps its deadlines.
    /// </summary>
    public bool FollowClosures(WorkingCalendar deadlines)
    {
        if (Status == ComplaintStatus.Closed)
        {
            return false;
        }

        var given = DeadlinesAsGiven;
        var triage = deadlines.MoveForClosures(ReceivedAt, given.Triage);
        var review = given.Review is { } r ? deadlines.MoveForClosures(SeriousSince ?? TriagedAt ?? ReceivedAt, r) : (DateTimeOffset?)null;
        var visit = given.Visit is { } v ? deadlines.MoveForClosures(TriagedAt ?? ReceivedAt, v) : (DateTimeOffset?)null;
        var reply = given.Reply is { } p ? deadlines.MoveForClosures(ReplyCountsFrom, p) : (DateTimeOffset?)null;
        var moved = triage != TriageDueAt || review != ReviewDueAt || visit != VisitDueAt || reply != ReplyDueAt;
        (TriageDueAt, ReviewDueAt, VisitDueAt, ReplyDueAt) = (triage, review, visit, reply);
        return moved;
    }

    /// <summary>
    /// R26: sets or changes the severity. General may become Serious at any time before closing (it
    /// then needs the review); only the vice general manager may make a Serious one General.
    /// </summary>
    public void Triage(ComplaintSeverity severity, Guid by, bool byViceGeneralManager, DateTimeOffset at, ComplaintFollowUpTimes times, WorkingCalendar calendar)
    {
        CheckRule(new ComplaintMustBeOpenRule(Status));
        CheckRule(new SeverityMustChangeRule(Severity, severity));
        CheckRule(new OnlyTheViceGeneralManagerDowngradesRule(Severity, severity, byViceGeneralManager));
        Severity = severity;
        IsSerious = severity == ComplaintSeverity.Serious;
        TriagedAt ??= at;
        TriagedBy ??= by;
        Status = ComplaintStatus.Open;
        SeriousSince = IsSerious ? at : null;
        if (!IsSerious)
        {
            // A downgraded complaint no longer waits for the review it may not have had.
            ReviewDecision = null;
            ReviewInstructions = null;
            ReviewedBy = null;
            ReviewedAt = null;
        }

        // A telephone reply answers a General complaint but not a Serious one.
        RepliedAt = _replies.LastOrDefault(r => r.RecordedAt >= ReplyCountsFrom && ComplaintPolicy.ReplyFits(Severity, r.Channel))?.RepliedAt;
        ScheduleSteps(times, calendar);
    }

    /// <summary>R26: the vice general manager handles a Serious complaint or passes it on with instructions.</summary>
    public void Review(ReviewDecision decision, string? instructions, Guid by, DateTimeOffset at)
    {
        CheckRule(new ComplaintMustBeOpenRule(Status));
        CheckRule(new OnlySeriousComplaintsAreReviewedRule(Severity));
        CheckRule(new ComplaintIsReviewedOnceRule(ReviewedAt));
        CheckRule(new PassingOnNeedsInstructionsRule(decision, instructions));
        ReviewDecision = decision;
        ReviewInstructions = instructions;
        ReviewedBy = by;
        ReviewedAt = at;
    }

    /// <summary>R28: the supervisor names who visits in the supervisor's place; never the technician complained about.</summary>
    public void Designate(Guid designeeId, Guid? designeeUnitId, Guid by)
    {
        CheckRule(new ComplaintMustBeOpenRule(Status));
        CheckRule(new VisitIsSettledOnceRule(VisitSettledAt));
        CheckRule(new DesigneeMustServeTheUnitRule(UnitId, designeeUnitId));
        CheckRule(new TheTechnicianComplainedAboutNeverVisitsRule(TechnicianId, designeeId));
        DesigneeId = designeeId;
        DesignatedBy = by;
    }

    /// <summary>R28: the visit, or the customer's refusal of it, recorded by the supervisor or the designee.</summary>
    public void RecordVisit(Guid visitorId, bool isTheUnitsSupervisor, DateTimeOffset visitedAt, string notes, bool customerRefused, DateTimeOffset recordedAt)
    {
        CheckRule(new ComplaintMustBeOpenRule(Status));
        CheckRule(new VisitIsSettledOnceRule(VisitSettledAt));
        CheckRule(new VisitIsByTheSupervisorOrTheDesigneeRule(isTheUnitsSupervisor, DesigneeId, visitorId));
        CheckRule(new TheTechnicianComplainedAboutNeverVisitsRule(TechnicianId, visitorId));
        ClaimedTime.Check("visit", visitedAt, recordedAt, "complaint", ReceivedAt);
        _visits = [.. _visits, new ComplaintVisit(visitorId, visitedAt, notes, customerRefused, recordedAt)];
        if (!customerRefused)
        {
            VisitSettledAt = visitedAt;
        }
    }

    /// <summary>R28: only the service department may accept a recorded refusal in place of the visit.</summary>
    public void AcceptRefusedVisit(Guid by, DateTimeOffset at)
    {
        CheckRule(new ComplaintMustBeOpenRule(Status));
        CheckRule(new VisitIsSettledOnceRule(VisitSettledAt));
        CheckRule(new OnlyARecordedRefusalIsAcceptedRule(_visits.LastOrDefault()));
        RefusalAcceptedBy = by;
        VisitSettledAt = at;
    }

    /// <summary>R26: the answer to the customer: by letter for a Serious complaint, by letter or telephone for a General one.</summary>
    public void Reply(ReplyChannel channel, string content, Guid by, DateTimeOffset repliedAt, DateTimeOffset recordedAt)
    {
        CheckRule(new ComplaintMustBeOpenRule(Status));
        CheckRule(new ComplaintMustBeTriagedRule(Severity));
        CheckRule(new ComplaintIsRepliedOnceRule(RepliedAt));
        CheckRule(new SeriousComplaintIsRepliedByLetterRule(Severity, channel));
        ClaimedTime.Check("reply", repliedAt, recordedAt, "complaint", ReceivedAt);
        _replies = [.. _replies, new ComplaintReply(channel, content, by, repliedAt, recordedAt)];
        RepliedAt = repliedAt;
    }

    /// <summary>R27: the service department chases the unit; the step chased is the earliest one still open.</summary>
    public void Chase(string note, Guid by, DateTimeOffset at)
    {
        CheckRule(new ComplaintMustBeOpenRule(Status));
        var step = ComplaintPolicy.RemainingSteps(this)[0];
        _chases = [.. _chases, new ComplaintChase(step, ComplaintPolicy.OverdueSteps(this, at).Contains(step), note, by, at)];
    }

    /// <summary>R26–R28: closes with a finding, only once every step is done; the refusal names each missing step.</summary>
    public void Close(bool? serviceFault, string? actions, Guid by, DateTimeOffset at)
    {
        CheckRule(new ComplaintMustBeOpenRule(Status));
        var findingGiven = serviceFault is not null && !string.IsNullOrWhiteSpace(actions);
        CheckRule(new ComplaintClosesOnlyWhenEveryStepIsDoneRule(ComplaintPolicy.RemainingSteps(this, findingGiven)));
        Finding = new ComplaintFinding(serviceFault!.Value, actions!, by, at);
        Status = ComplaintStatus.Closed;
    }

    /// <summary>A closed complaint taken up again: its finding is kept in the reopening, and the customer is answered anew.</summary>
    public void Reopen(string reason, Guid by, DateTimeOffset at, ComplaintFollowUpTimes times, WorkingCalendar calendar)
    {
        CheckRule(new ComplaintMustBeClosedRule(Status));
        _reopenings = [.. _reopenings, new ComplaintReopening(reason, by, at, Finding!)];
        Finding = null;
        RepliedAt = null;
        Status = ComplaintStatus.Open;
        ScheduleSteps(times, calendar);
    }

    private DateTimeOffset ReplyCountsFrom => _reopenings.Count > 0 ? _reopenings[^1].ReopenedAt : TriagedAt ?? ReceivedAt;

    private void ScheduleSteps(ComplaintFollowUpTimes times, WorkingCalendar calendar)
    {
        var (review, visit, reply) = ComplaintPolicy.StageDeadlines(TriagedAt!.Value, SeriousSince, ReplyCountsFrom, Severity!.Value, times, calendar.WithoutClosures());
        DeadlinesAsGiven = DeadlinesAsGiven with { Review = review, Visit = visit, Reply = reply };
        FollowClosures(calendar);
    }
}
