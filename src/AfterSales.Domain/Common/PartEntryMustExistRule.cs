namespace AfterSales.Domain.Common;

/// <summary>A3: a correction points at a part the call or card holds (numbered from 1, in the order recorded).</summary>
public sealed class PartEntryMustExistRule(int entry, int entries) : IBusinessRule
{
    public bool IsBroken() => entry < 1 || entry > entries;

    public string Message => $"{entries} parts are recorded; part {entry} is not one of them.";
}
