using AfterSales.Domain.Common;

namespace AfterSales.Domain.Reports;

/// <summary>R15: the supervisor reviews or returns a submitted report, once.</summary>
public sealed class ReportMustAwaitReviewRule(TechnicianDailyReportStatus status) : IStateRule
{
    public bool IsBroken() => status != TechnicianDailyReportStatus.Submitted;

    public string Message => $"The report is {status}; only a submitted report is reviewed or returned.";
}
