using AfterSales.Domain.Common;

namespace AfterSales.Domain.Archiving;

/// <summary>
/// A2: the destruction record. An admin proposes archived records of one type and unit that are past
/// retention; the service department approves, never the person who proposed; then the records' content
/// and personal data are removed and their archive lines stay as tombstones naming this record. Records
/// that became tied to something open since the proposal are kept, and the record says why. The
/// destruction record itself is never a candidate for destruction.
/// </summary>
public sealed class DestructionRequest : Entity, IAggregateRoot, IBelongsToUnit, IVersioned
{
    private List<Guid> _recordIds = [];
    private List<HeldBackRecord> _kept = [];

    private DestructionRequest()
    {
        Reason = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public ArchivedRecordType Type { get; private set; }

    /// <summary>The archived records proposed, by their ids (a call's receipt, card and movement lines go with it).</summary>
    public IReadOnlyList<Guid> RecordIds => _recordIds;

    public string Reason { get; private set; }

    public DestructionStatus Status { get; private set; }

    public Guid RequestedBy { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public Guid? ApprovedBy { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public Guid? ExecutedBy { get; private set; }

    public DateTimeOffset? ExecutedAt { get; private set; }

    /// <summary>How many archive lines became tombstones (a call counts with its receipt, card and movement lines).</summary>
    public int DestroyedCount { get; private set; }

    /// <summary>Proposed records kept at execution, because something open came to refer to them.</summary>
    public IReadOnlyList<HeldBackRecord> Kept => _kept;

    public uint Version { get; private set; }

    public static DestructionRequest Request(Guid id, Guid unitId, ArchivedRecordType type, IReadOnlyCollection<Guid> recordIds, string reason, Guid requestedBy, DateTimeOffset at)
    {
        CheckRule(new DestructionNeedsARecordRule(recordIds.Count));
        return new DestructionRequest
        {
            Id = id,
            UnitId = unitId,
            Type = type,
            _recordIds = [.. recordIds],
            Reason = reason,
            Status = DestructionStatus.Requested,
            RequestedBy = requestedBy,
            RequestedAt = at,
        };
    }

    public void Approve(Guid by, DateTimeOffset at)
    {
        CheckRule(new DestructionMustAwaitStepRule(Status, DestructionStatus.Requested, "approval"));
        CheckRule(new ApproverIsNeverTheRequesterRule(RequestedBy, by));
        Status = DestructionStatus.Approved;
        ApprovedBy = by;
        ApprovedAt = at;
    }

    /// <summary>Records the destruction done: how many lines became tombstones, and what was kept and why.</summary>
    public void Execute(Guid by, DateTimeOffset at, int destroyedCount, IEnumerable<HeldBackRecord> kept)
    {
        CheckRule(new DestructionMustAwaitStepRule(Status, DestructionStatus.Approved, "execution"));
        Status = DestructionStatus.Executed;
        ExecutedBy = by;
        ExecutedAt = at;
        DestroyedCount = destroyedCount;
        _kept = [.. kept];
    }
}
