namespace AfterSales.Domain.Common;

/// <summary>
/// A3: a mistaken entry corrected by a new entry that points at what it corrects (the field, and the
/// entry's number where a record holds several), with what it was, what it is now, the reason and who
/// made it. The record then reads the corrected value; the original stays readable here.
/// </summary>
public sealed record Correction(string Field, string Was, string Now, string Reason, Guid? CorrectedBy, DateTimeOffset CorrectedAt)
{
    /// <summary>The number of the entry corrected (1 for the first), when the record holds a list of entries.</summary>
    public int? Entry { get; init; }
}
