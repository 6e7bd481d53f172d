namespace AfterSales.Application.Common.Auditing;

/// <summary>One line of the audit trail: who did what to which record, and when. Never changed or deleted (A3).</summary>
public sealed class AuditEntry
{
    public Guid Id { get; init; }

    /// <summary>Assigned by the database; orders the lines of one record even within a millisecond.</summary>
    public long Sequence { get; init; }

    public DateTimeOffset At { get; init; }

    public Guid? ActorId { get; init; }

    public string ActorRoles { get; init; } = string.Empty;

    public Guid? ActorUnitId { get; init; }

    public string Command { get; init; } = string.Empty;

    public string Entity { get; init; } = string.Empty;

    public Guid EntityId { get; init; }
}
