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
