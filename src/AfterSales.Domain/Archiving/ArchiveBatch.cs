using AfterSales.Domain.Common;

namespace AfterSales.Domain.Archiving;

/// <summary>
/// A1: a unit's closed records handed to the archive together, up to a date, with the archive list
/// (歸檔表) that goes with them: what was archived (one <see cref="ArchiveEntry"/> a record), and what was
/// held back and why.
/// </summary>
public sealed class ArchiveBatch : Entity, IAggregateRoot, IBelongsToUnit, IVersioned
{
    private List<HeldBackRecord> _heldBack = [];

    private ArchiveBatch()
    {
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    /// <summary>Records closed on or before this local date were gathered.</summary>
    public DateOnly UpTo { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Who handed the records over (the clerk or supervisor who made the batch).</summary>
    public Guid? HandedOverBy { get; private set; }

    public IReadOnlyList<HeldBackRecord> HeldBack => _heldBack;

    public uint Version { get; private set; }

    public static ArchiveBatch Make(Guid id, Guid unitId, DateOnly upTo, IEnumerable<HeldBackRecord> heldBack, Guid? handedOverBy, DateTimeOffset at) =>
        new()
        {
            Id = id,
            UnitId = unitId,
            UpTo = upTo,
            CreatedAt = at,
            HandedOverBy = handedOverBy,
            _heldBack = heldBack.ToList(),
        };
}
