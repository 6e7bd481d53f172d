using AfterSales.Domain.Common;

namespace AfterSales.Domain.RepairCards;

public sealed class FailedInspectionNeedsANoteRule(bool passed, string? note) : IBusinessRule
{
    public bool IsBroken() => !passed && string.IsNullOrWhiteSpace(note);

    public string Message => "A failed inspection needs a note saying what to redo.";
}
