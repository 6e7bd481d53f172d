using AfterSales.Domain.Common;

namespace AfterSales.Domain.Evaluations;

/// <summary>
/// R23: the service department closes a unit's evaluation month. The figures as they stood are kept
/// (the snapshot, as the report's JSON) and never change; answers keyed in later count in the next open month.
/// </summary>
public sealed class EvaluationMonthClosure : Entity, IBelongsToUnit, IVersioned, IAggregateRoot
{
    private EvaluationMonthClosure()
    {
        Snapshot = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    /// <summary>The month, as its first day.</summary>
    public DateOnly Month { get; private set; }

    public DateTimeOffset ClosedAt { get; private set; }

    public Guid ClosedBy { get; private set; }

    public string Snapshot { get; private set; }

    public uint Version { get; private set; }

    public static EvaluationMonthClosure Close(Guid id, Guid unitId, DateOnly month, DateOnly today, DateTimeOffset at, Guid by, string snapshot)
    {
        CheckRule(new OnlyAFinishedMonthClosesRule(month, today));
        return new EvaluationMonthClosure { Id = id, UnitId = unitId, Month = month, ClosedAt = at, ClosedBy = by, Snapshot = snapshot };
    }
}
