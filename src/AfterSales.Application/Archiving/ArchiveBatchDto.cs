using AfterSales.Domain.Archiving;

namespace AfterSales.Application.Archiving;

/// <summary>A record in the archive, by type, number and the local date it closed; <c>destroyedBy</c> names the destruction (A2) that removed its content, if one did.</summary>
public sealed record ArchivedRecordDto(ArchivedRecordType Type, Guid Id, string Number, DateOnly ClosedOn, Guid? DestroyedBy)
{
    public static ArchivedRecordDto From(ArchiveEntry e) => new(e.Type, e.RecordId, e.Number, e.ClosedOn, e.DestroyedBy);
}

public sealed record HeldBackRecordDto(ArchivedRecordType Type, Guid Id, string Number, string Reason)
{
    public static HeldBackRecordDto From(HeldBackRecord h) => new(h.Type, h.Id, h.Number, h.Reason);
}

public sealed record ArchivedCountDto(ArchivedRecordType Type, int Count);

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
    public static ArchiveBatchDto From(ArchiveBatch batch, IEnumerable<ArchiveEntry> entries)
    {
        var records = entries.Select(ArchivedRecordDto.From).ToList();
        return new(
            batch.Id,
            batch.UnitId,
            batch.UpTo,
            batch.CreatedAt,
            batch.HandedOverBy,
            records.GroupBy(r => r.Type).OrderBy(g => g.Key).Select(g => new ArchivedCountDto(g.Key, g.Count())).ToList(),
            records,
            batch.HeldBack.Select(HeldBackRecordDto.From).ToList());
    }
}
