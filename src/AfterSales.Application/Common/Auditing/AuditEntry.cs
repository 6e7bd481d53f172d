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

/// <summary>
/// Collects the records a command touched, so the audit behaviour can write one line for each in
/// the command's own transaction. Handlers say what they changed; the behaviour says who and when.
/// </summary>
public sealed class AuditScope
{
    private readonly List<(string Entity, Guid Id)> _targets = [];

    public IReadOnlyList<(string Entity, Guid Id)> Targets => _targets;

    public void Touched(string entity, Guid id) => _targets.Add((entity, id));

    /// <summary>Forgets the records of an attempt that was rolled back and is being run again.</summary>
    public void Clear() => _targets.Clear();
}
