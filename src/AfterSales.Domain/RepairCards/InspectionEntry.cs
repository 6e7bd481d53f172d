namespace AfterSales.Domain.RepairCards;

public sealed record InspectionEntry(DateTimeOffset At, Guid SupervisorId, bool Passed, string? Note);
