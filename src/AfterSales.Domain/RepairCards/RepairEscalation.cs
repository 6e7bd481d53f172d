namespace AfterSales.Domain.RepairCards;

/// <summary>R14: the technician's report that the card will miss (or has missed) its promised time.</summary>
public sealed record RepairEscalation(Guid Id, DateTimeOffset ReportedAt, Guid TechnicianId, string Reason, EscalationAnswer? Answer);
