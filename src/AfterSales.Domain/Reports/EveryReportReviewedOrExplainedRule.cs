using AfterSales.Domain.Common;

namespace AfterSales.Domain.Reports;

/// <summary>R16: the unit's report is built from every technician's reviewed form 006, or says why one is missing.</summary>
public sealed class EveryReportReviewedOrExplainedRule(IReadOnlyList<string> unexplained) : IBusinessRule
{
    public bool IsBroken() => unexplained.Count > 0;

    public string Message => $"These technicians have no reviewed daily report and no reason given: {string.Join(", ", unexplained)}.";
}
