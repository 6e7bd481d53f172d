using AfterSales.Domain.Common;

namespace AfterSales.Domain.Registers;

public sealed class ReceiptCanBeVoidedOnceRule(DateTimeOffset? voidedAt) : IStateRule
{
    public bool IsBroken() => voidedAt is not null;

    public string Message => $"The pickup receipt was already taken back and voided at {voidedAt:O}.";
}
