namespace AfterSales.Domain.Reports;

/// <summary>A submitted version of form 007: its figures and hash, who submitted it, and the reasons for missing 006 reports.</summary>
public sealed record SupervisorReportVersion(int Number, DateTimeOffset SubmittedAt, Guid SubmittedBy, SupervisorDay Contents, string Hash, IReadOnlyList<MissingReportReason> MissingReasons);
