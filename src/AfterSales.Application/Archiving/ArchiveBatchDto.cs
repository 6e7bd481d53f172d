using AfterSales.Domain.Archiving;

namespace AfterSales.Application.Archiving;

public sealed record ArchivedRecordDto(string Type, Guid Id, string Number, DateOnly ClosedOn);

public sealed record HeldBackRecordDto(string Type, Guid Id, string Number, string Reason);

public sealed record ArchivedCountDto(string Type, int Count);

/// <summary>
/// 歸檔表 (A1): a unit's closed records handed to the archive up to a date: each record by type, number and
/// closing date, the counts by type, who handed them over, and the records held back with the reason.
/// </summary>
public sealed record ArchiveBatchDto(
    Guid Id,
    Guid UnitId,
    DateOnly UpTo,
    DateTimeOffset CreatedAt,
    Guid? HandedOverBy,
    IReadOnlyList<ArchivedCountDto> Counts,
    IReadOnlyList<ArchivedRecordDto> Records,
    IReadOnlyList<HeldBackRecordDto> HeldBack)
{
    public static ArchiveBatchDto From(ArchiveBatch batch) => new(
        batch.Id,
        batch.UnitId,
        batch.UpTo,
        batch.CreatedAt,
        batch.HandedOverBy,
        batch.Records.GroupBy(r => r.Type).Select(g => new ArchivedCountDto(g.Key, g.Count())).ToList(),
        batch.Records.Select(r => new ArchivedRecordDto(r.Type, r.Id, r.Number, r.ClosedOn)).ToList(),
        batch.HeldBack.Select(h => new HeldBackRecordDto(h.Type, h.Id, h.Number, h.Reason)).ToList());
}
