namespace AfterSales.Domain.Surveys;

/// <summary>A3: a keyed-in answer corrected by a new entry with its reason; the answer it replaces stays readable.</summary>
public sealed record SurveyCorrection(SurveyResponse Response, string Reason, Guid? CorrectedBy, DateTimeOffset CorrectedAt);
