namespace AfterSales.Domain.Reports;

/// <summary>A submitted version of a daily report: what was confirmed, by whom and when, and its hash.</summary>
public sealed record DailyReportVersion(int Number, DateTimeOffset SubmittedAt, Guid SubmittedBy, TechnicianDay Contents, string Hash, string? NoHoursReason);
