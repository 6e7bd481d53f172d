namespace AfterSales.Domain.Common;

/// <summary>A1: an archived record refuses every change; it is still read and found as before.</summary>
public sealed class RecordIsArchivedRule : IStateRule
{
    public bool IsBroken() => true;

    public string Message => "This record is archived (A1): it can be read and found, but no longer changed.";
}
