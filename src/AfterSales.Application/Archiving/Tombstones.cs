using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Archiving;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Archiving;

/// <summary>
/// A2: a record destroyed after its retention answers 410 with its tombstone, by whatever route it is looked up
/// (by id or by number, read or command), instead of the 404 of a record that never was. Asked where a 404 is
/// translated into its problem, so only a miss pays for the look-up and no step wraps the requests that find
/// their record (a step around every message cost reading a call 1-2 % of its CPU, docs/architecture.md
/// "Performance"). A destroyed record of a unit the caller may not see stays a 404.
/// </summary>
public sealed class Tombstones(IApplicationDbContext db, ICurrentUser user)
{
    /// <summary>The tombstone of the record <paramref name="notFound"/> looked for, if it was destroyed and the caller may see its unit.</summary>
    public async Task<ArchivedRecordDto?> FindAsync(NotFoundException notFound, CancellationToken cancellationToken)
    {
        var destroyed = db.ArchiveEntries.AsNoTracking().Where(e => e.DestroyedBy != null);
        var tombstone = notFound.Key switch
        {
            Guid id => await destroyed.SingleOrDefaultAsync(e => e.RecordId == id, cancellationToken),
            string number when TypeOf(notFound.Entity) is { } type => await destroyed.FirstOrDefaultAsync(e => e.Type == type && e.Number == number, cancellationToken),
            _ => null,
        };
        return tombstone is not null && user.CanAccessUnit(tombstone.UnitId) ? ArchivedRecordDto.From(tombstone) : null;
    }

    private static ArchivedRecordType? TypeOf(string entity) =>
        entity == nameof(Domain.Calls.RepairCall) ? ArchivedRecordType.Call
        : Enum.TryParse<ArchivedRecordType>(entity, out var type) ? type
        : null;
}
