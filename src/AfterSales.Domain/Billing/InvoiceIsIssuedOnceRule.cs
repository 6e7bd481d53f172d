using AfterSales.Domain.Common;

namespace AfterSales.Domain.Billing;

public sealed class InvoiceIsIssuedOnceRule(string? issued, string requested) : IStateRule
{
    public bool IsBroken() => issued is not null && issued != requested;

    public string Message => $"This request was already issued as invoice {issued}; it cannot also be {requested}.";
}
