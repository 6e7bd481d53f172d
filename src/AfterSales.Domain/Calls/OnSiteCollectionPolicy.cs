using AfterSales.Domain.Common;

namespace AfterSales.Domain.Calls;

/// <summary>
/// R10: a Paid fee at or below the unit's on-site threshold may be collected on the spot (the
/// accountant then issues and mails the invoice); anything above it is invoiced and collected later.
/// </summary>
public static class OnSiteCollectionPolicy
{
    public static bool MayCollect(ServiceType type, Money? fee, Money threshold) =>
        type == ServiceType.Paid
        && fee is not null
        && fee.Currency == threshold.Currency
        && fee.Amount > 0
        && fee.Amount <= threshold.Amount;
}
