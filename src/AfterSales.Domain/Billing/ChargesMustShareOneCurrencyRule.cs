using AfterSales.Domain.Common;

namespace AfterSales.Domain.Billing;

public sealed class ChargesMustShareOneCurrencyRule(IReadOnlyCollection<ChargeLine> lines, string currency) : IBusinessRule
{
    public bool IsBroken() => lines.Any(l => l.UnitPrice.Currency != currency);

    public string Message => $"Every line of a fee must be in {currency}: parts and labour cannot be mixed across currencies.";
}
