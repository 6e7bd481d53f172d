using AfterSales.Domain.Common;

namespace AfterSales.Domain.Billing;

public sealed class InvoiceRequestNeedsALineRule(IReadOnlyList<ChargeLine> lines) : IBusinessRule
{
    public bool IsBroken() => lines.Count == 0;

    public string Message => "An invoice request needs at least one line.";
}
