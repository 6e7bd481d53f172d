using AfterSales.Domain.Common;

namespace AfterSales.Domain.Archiving;

/// <summary>A2: a destruction proposes at least one record past retention.</summary>
public sealed class DestructionNeedsARecordRule(int count) : IBusinessRule
{
    public bool IsBroken() => count == 0;

    public string Message => "No record of this type and unit is past its retention and free of open complaints and unissued invoices.";
}
