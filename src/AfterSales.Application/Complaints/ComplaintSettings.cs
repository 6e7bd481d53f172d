using AfterSales.Domain.Complaints;

namespace AfterSales.Application.Complaints;

/// <summary>
/// R27 follow-up times (<c>Complaints__*</c>), in the unit's working hours: one working day is 8
/// hours. Defaults: triage 1 day, review 1 day, visit 1 / 3 days and reply 3 / 5 days for Serious / General.
/// </summary>
public sealed class ComplaintSettings
{
    public const string Section = "Complaints";

    public double TriageHours { get; set; } = 8;

    public double ReviewHours { get; set; } = 8;

    public double SeriousVisitHours { get; set; } = 8;

    public double GeneralVisitHours { get; set; } = 24;

    public double SeriousReplyHours { get; set; } = 24;

    public double GeneralReplyHours { get; set; } = 40;

    public ComplaintFollowUpTimes Times => new(
        TimeSpan.FromHours(TriageHours),
        TimeSpan.FromHours(ReviewHours),
        TimeSpan.FromHours(SeriousVisitHours),
        TimeSpan.FromHours(GeneralVisitHours),
        TimeSpan.FromHours(SeriousReplyHours),
        TimeSpan.FromHours(GeneralReplyHours));
}
