using AfterSales.Domain.Common;

namespace AfterSales.Domain.Complaints;

/// <summary>R26: the vice general manager reviews Serious complaints; General ones are the service department's.</summary>
public sealed class OnlySeriousComplaintsAreReviewedRule(ComplaintSeverity? severity) : IStateRule
{
    public bool IsBroken() => severity != ComplaintSeverity.Serious;

    public string Message => severity is null
        ? "The complaint has not been triaged yet; only a Serious complaint is reviewed."
        : "Only a Serious complaint is reviewed by the vice general manager.";
}
