namespace AfterSales.Domain.Complaints;

/// <summary>
/// R27: how much of the unit's working time each step may take, counted on the unit's calendar (R19):
/// triage from receipt; review from the moment the complaint became Serious; visit and reply from
/// triage (a reopened complaint's new reply from the reopening).
/// </summary>
public sealed record ComplaintFollowUpTimes(
    TimeSpan Triage,
    TimeSpan Review,
    TimeSpan SeriousVisit,
    TimeSpan GeneralVisit,
    TimeSpan SeriousReply,
    TimeSpan GeneralReply)
{
    public TimeSpan Visit(ComplaintSeverity severity) => severity == ComplaintSeverity.Serious ? SeriousVisit : GeneralVisit;

    public TimeSpan Reply(ComplaintSeverity severity) => severity == ComplaintSeverity.Serious ? SeriousReply : GeneralReply;
}

/// <summary>R27: a complaint's step deadlines as set, before declared closures moved them (null: the step has none yet).</summary>
public sealed record ComplaintStepDeadlines(DateTimeOffset Triage, DateTimeOffset? Review, DateTimeOffset? Visit, DateTimeOffset? Reply);
