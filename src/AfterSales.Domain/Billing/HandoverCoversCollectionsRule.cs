using AfterSales.Domain.Common;

namespace AfterSales.Domain.Billing;

public sealed class HandoverCoversCollectionsRule(int count) : IBusinessRule
{
    public bool IsBroken() => count == 0;

    public string Message => "A handover covers at least one collection.";
}
