namespace AfterSales.Domain.RepairCards;

public sealed record RepairWorkEntry(DateTimeOffset At, Guid TechnicianId, decimal Hours, string Description);
