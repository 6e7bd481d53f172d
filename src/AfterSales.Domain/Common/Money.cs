namespace AfterSales.Domain.Common;

/// <summary>
/// An amount in a currency. Always decimal, rounded to the currency's minor unit, so totals equal the
/// sum of their lines to the cent.
/// </summary>
public sealed record Money
{
    public Money(decimal amount, string currency)
    {
        if (string.IsNullOrWhiteSpace(currency) || currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException("Currency must be an ISO 4217 code such as TWD.", nameof(currency));
        }

        Currency = currency;
        Amount = decimal.Round(amount, MinorUnitDigits(currency), MidpointRounding.AwayFromZero);
    }

    public decimal Amount { get; }

    public string Currency { get; }

    /// <summary>Digits after the decimal point in the currency's minor unit (ISO 4217).</summary>
    public static int MinorUnitDigits(string currency) => currency switch
    {
        "JPY" or "KRW" or "VND" or "CLP" or "ISK" => 0,
        "BHD" or "KWD" or "OMR" or "JOD" or "TND" or "LYD" or "IQD" => 3,
        _ => 2,
    };

    public override string ToString() => $"{Amount} {Currency}";
}
