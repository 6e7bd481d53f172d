using AfterSales.Domain.Common;

namespace AfterSales.Domain.Billing;

public sealed class CollectionIsHandedOverOnceRule(Guid? handoverId) : IStateRule
{
    public bool IsBroken() => handoverId is not null;

    public string Message => $"This collection was already handed over (handover {handoverId}).";
}
