using AfterSales.Domain.Common;

namespace AfterSales.Domain.Complaints;

/// <summary>R26: General may become Serious at any time before closing; only the vice general manager makes a Serious complaint General.</summary>
public sealed class OnlyTheViceGeneralManagerDowngradesRule(ComplaintSeverity? current, ComplaintSeverity requested, bool byViceGeneralManager) : IBusinessRule
{
    public bool IsBroken() => !ComplaintPolicy.MayChangeSeverity(current, requested, byViceGeneralManager);

    public string Message => "Only the vice general manager may make a Serious complaint General.";
}
