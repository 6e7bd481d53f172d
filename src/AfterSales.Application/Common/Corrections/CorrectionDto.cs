namespace AfterSales.Application.Common.Corrections;

/// <summary>
/// A3: one correction of a record: the field (and the entry's number, when the record holds a list), what
/// it was, what it is now, why, who corrected it and when. The record's own fields read the corrected value.
/// </summary>
public sealed record CorrectionDto(string Field, string Was, string Now, string Reason, Guid? CorrectedBy, DateTimeOffset CorrectedAt, int? Entry);
