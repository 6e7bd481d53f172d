using AfterSales.Domain.Common;

namespace AfterSales.Domain.Calls;

/// <summary>R10: cash is taken on the spot only for Paid work at or below the unit's on-site threshold.</summary>
public sealed class OnSiteCollectionWithinThresholdRule(ServiceType type, Common.Money? fee, Common.Money threshold, bool collected) : IBusinessRule
{
    public bool IsBroken() => collected && !OnSiteCollectionPolicy.MayCollect(type, fee, threshold);

    public string Message => $"Only Paid fees at or below the on-site threshold ({threshold}) may be collected on the spot; this one goes to an invoice request.";
}
