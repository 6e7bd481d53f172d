using AfterSales.Domain.Common;

namespace AfterSales.Domain.Reports;

/// <summary>R16: a unit's report is submitted once; again only after a step of the chain returned it.</summary>
public sealed class SupervisorReportIsOpenForSubmissionRule(SupervisorDailyReportStatus status) : IStateRule
{
    public bool IsBroken() => status != SupervisorDailyReportStatus.Returned;

    public string Message => $"The report is already {status}; it can be submitted again only after it is returned.";
}
