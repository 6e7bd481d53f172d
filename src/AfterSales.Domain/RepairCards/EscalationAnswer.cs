namespace AfterSales.Domain.RepairCards;

/// <summary>R14: the supervisor's answer to a late card: the help given, and maybe a new promised time.</summary>
public sealed record EscalationAnswer(DateTimeOffset At, Guid SupervisorId, string Help, DateTimeOffset? NewPromisedAt);
