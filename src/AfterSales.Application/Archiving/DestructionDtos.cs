using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Archiving;

namespace AfterSales.Application.Archiving;

/// <summary>A2: how long a type of record is kept, in months from its closing date, and who set it (none: the default).</summary>
public sealed record RetentionPeriodDto(Guid Id, ArchivedRecordType Type, int Months, Guid? SetBy, DateTimeOffset? SetAt, uint Version) : IHasVersion
{
    public static RetentionPeriodDto From(RetentionPeriod r) => new(r.Id, r.Type, r.Months, r.SetBy, r.SetAt, r.Version);
}

/// <summary>
/// A2: the destruction record: what was proposed (type, unit, records, reason), who proposed, approved and
/// carried it out and when, how many archive lines became tombstones, and which records were kept and why.
/// </summary>
public sealed record DestructionRequestDto(
    Guid Id,
    Guid UnitId,
    ArchivedRecordType Type,
    DestructionStatus Status,
    string Reason,
    int RecordCount,
    IReadOnlyList<Guid> RecordIds,
    Guid RequestedBy,
    DateTimeOffset RequestedAt,
    Guid? ApprovedBy,
    DateTimeOffset? ApprovedAt,
    Guid? ExecutedBy,
    DateTimeOffset? ExecutedAt,
    int DestroyedCount,
    IReadOnlyList<HeldBackRecordDto> Kept,
    uint Version) : IHasVersion
{
    public static DestructionRequestDto From(DestructionRequest d) => new(
        d.Id, d.UnitId, d.Type, d.Status, d.Reason, d.RecordIds.Count, d.RecordIds, d.RequestedBy, d.RequestedAt,
        d.ApprovedBy, d.ApprovedAt, d.ExecutedBy, d.ExecutedAt, d.DestroyedCount, d.Kept.Select(HeldBackRecordDto.From).ToList(), d.Version);
}
