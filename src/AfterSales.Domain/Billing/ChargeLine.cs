using AfterSales.Domain.Common;

namespace AfterSales.Domain.Billing;

/// <summary>
/// One line of a fee: quantity times unit price, rounded to the currency's minor unit once, on the
/// line. A total is the sum of its lines' amounts, so it always adds up to the cent.
/// </summary>
public sealed record ChargeLine(ChargeKind Kind, string Description, decimal Quantity, Money UnitPrice)
{
    public Money Amount => new(Quantity * UnitPrice.Amount, UnitPrice.Currency);
}
