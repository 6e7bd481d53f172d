using AfterSales.Domain.Calls;
using AfterSales.Domain.Common;

namespace AfterSales.Domain.Billing;

/// <summary>R6 a, R13: what Paid work costs: labour at the unit's rate for the hours worked, and each part at its price.</summary>
public static class FeePolicy
{
    public static IReadOnlyList<ChargeLine> Charges(ServiceType type, decimal labourHours, IEnumerable<PartUsed> parts, Money labourRate)
    {
        if (type != ServiceType.Paid)
        {
            return [];
        }

        var lines = new List<ChargeLine>();
        if (labourHours > 0)
        {
            lines.Add(new ChargeLine(ChargeKind.Labour, "Labour (hours)", labourHours, labourRate));
        }

        lines.AddRange(parts.Select(p => new ChargeLine(ChargeKind.Part, p.PartNumber, p.Quantity, p.UnitPrice)));
        return lines;
    }

    /// <summary>The sum of the lines' amounts; every line must be in the same currency.</summary>
    public static Money Total(IReadOnlyCollection<ChargeLine> lines, string currency)
    {
        BusinessRules.Check(new ChargesMustShareOneCurrencyRule(lines, currency));
        return new Money(lines.Sum(l => l.Amount.Amount), currency);
    }
}
