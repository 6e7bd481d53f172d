namespace AfterSales.Domain.Reports;

/// <summary>What happened to a daily report after submission: reviewed, returned with a note.</summary>
public sealed record DailyReportEvent(int Version, DateTimeOffset At, Guid By, TechnicianDailyReportStatus Outcome, string? Note);
