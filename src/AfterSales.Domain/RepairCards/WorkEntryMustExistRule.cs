using AfterSales.Domain.Common;

namespace AfterSales.Domain.RepairCards;

/// <summary>A3: a correction points at an entry the card holds (numbered from 1, in the order written).</summary>
public sealed class WorkEntryMustExistRule(int entry, int entries) : IBusinessRule
{
    public bool IsBroken() => entry < 1 || entry > entries;

    public string Message => $"The card has {entries} work entries; entry {entry} is not one of them.";
}
