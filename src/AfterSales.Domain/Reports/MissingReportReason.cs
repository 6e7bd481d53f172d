namespace AfterSales.Domain.Reports;

/// <summary>Why a technician's reviewed form 006 is not in the unit's report (R16): leave, sickness, a report still open.</summary>
public sealed record MissingReportReason(Guid TechnicianId, string Reason);
