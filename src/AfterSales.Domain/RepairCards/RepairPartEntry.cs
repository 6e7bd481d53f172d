using AfterSales.Domain.Calls;

namespace AfterSales.Domain.RepairCards;

public sealed record RepairPartEntry(DateTimeOffset At, Guid TechnicianId, PartUsed Part);
