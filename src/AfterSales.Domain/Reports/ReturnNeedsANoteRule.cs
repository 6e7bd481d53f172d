using AfterSales.Domain.Common;

namespace AfterSales.Domain.Reports;

/// <summary>A report goes back with a note saying what to correct.</summary>
public sealed class ReturnNeedsANoteRule(string? note) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(note);

    public string Message => "A returned report needs a note saying what to correct.";
}
