using AfterSales.Domain.Common;

namespace AfterSales.Domain.Calls;

/// <summary>R10: a Paid fee at or below the threshold is collected on the spot; not collecting it needs a reason.</summary>
public sealed class UncollectedFeeNeedsAReasonRule(ServiceType type, Common.Money? fee, Common.Money threshold, bool collected, string? reason) : IBusinessRule
{
    public bool IsBroken() => !collected && OnSiteCollectionPolicy.MayCollect(type, fee, threshold) && string.IsNullOrWhiteSpace(reason);

    public string Message => $"A fee of {fee} is at or below the on-site threshold of {threshold}: collect it on the spot, or give the reason it was not collected (notCollectedReason).";
}
