using AfterSales.Domain.Common;

namespace AfterSales.Domain.Archiving;

/// <summary>
/// A1/A2: a record's line in the unit's archive: what it is, its number, the local date it closed, and the
/// batch that holds it. Retention is counted from <see cref="ClosedOn"/>. Once the record is destroyed the
/// line stays as its tombstone, naming the destruction that removed it.
/// </summary>
public sealed class ArchiveEntry : Entity, IBelongsToUnit
{
    private ArchiveEntry()
    {
        Number = string.Empty;
    }

    /// <summary>The archived record's own id.</summary>
    public Guid RecordId { get; private set; }

    public ArchivedRecordType Type { get; private set; }

    public string Number { get; private set; }

    public Guid UnitId { get; private set; }

    /// <summary>The local date the record closed.</summary>
    public DateOnly ClosedOn { get; private set; }

    public Guid BatchId { get; private set; }

    /// <summary>
    /// What the record hangs on: for a receipt, card or movement line, its call, with which it is kept and
    /// destroyed; for a technician daily report, its technician (the day is read by technician and date).
    /// </summary>
    public Guid? ParentId { get; private set; }

    /// <summary>A2: the destruction that removed the record's content; null while it is kept.</summary>
    public Guid? DestroyedBy { get; private set; }

    public DateTimeOffset? DestroyedAt { get; private set; }

    public bool IsDestroyed => DestroyedBy is not null;

    public static ArchiveEntry Archive(Guid batchId, Guid unitId, ArchivedRecordType type, Guid recordId, string number, DateOnly closedOn, Guid? parentId = null) =>
        new()
        {
            RecordId = recordId,
            Type = type,
            Number = number,
            UnitId = unitId,
            ClosedOn = closedOn,
            BatchId = batchId,
            ParentId = parentId,
        };
}
