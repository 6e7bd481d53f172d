using AfterSales.Domain.Common;

namespace AfterSales.Domain.Reports;

/// <summary>R15: a report is submitted once; again only after the supervisor returned it.</summary>
public sealed class ReportIsOpenForSubmissionRule(TechnicianDailyReportStatus status) : IStateRule
{
    public bool IsBroken() => status != TechnicianDailyReportStatus.Returned;

    public string Message => $"The report is already {status}; it can be submitted again only after the supervisor returns it.";
}
