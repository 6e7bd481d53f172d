using AfterSales.Domain.Common;

namespace AfterSales.Domain.Reports;

/// <summary>
/// R16, R17: a unit's report is submitted once; again after a step of the chain returned it, or when the
/// day's records changed since (the report is stale), as a new version that goes through the chain.
/// </summary>
public sealed class SupervisorReportIsOpenForSubmissionRule(SupervisorDailyReportStatus status, bool stale) : IStateRule
{
    public bool IsBroken() => status != SupervisorDailyReportStatus.Returned && !stale;

    public string Message => $"The report is already {status} and its day has not changed; it can be submitted again only after it is returned.";
}
