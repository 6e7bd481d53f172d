namespace AfterSales.Domain.Reports;

/// <summary>A step of the R17 chain: who signed, checked or returned which version, when, over which hash.</summary>
public sealed record SupervisorReportStep(int Version, SupervisorDailyReportStatus Outcome, DateTimeOffset At, Guid By, string Hash, string? Note);
