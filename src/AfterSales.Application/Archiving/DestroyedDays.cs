using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Archiving;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Archiving;

/// <summary>
/// A2: daily reports are read by day, not by id, and a day without a report reads as a draft; a day whose
/// report was destroyed answers 410 with the tombstone instead of a draft made of what is left.
/// </summary>
public static class DestroyedDays
{
    /// <summary>006: archive lines of a technician's days hang on the technician and are numbered from the date.</summary>
    public static async Task RefuseTechnicianDayAsync(IApplicationDbContext db, Guid technicianId, DateOnly date, CancellationToken cancellationToken)
    {
        var prefix = $"{date:yyyy-MM-dd} ";
        var tombstone = await db.ArchiveEntries.AsNoTracking()
            .FirstOrDefaultAsync(e => e.ParentId == technicianId && e.Type == ArchivedRecordType.TechnicianDailyReport && e.DestroyedBy != null && e.Number.StartsWith(prefix), cancellationToken);
        if (tombstone is not null)
        {
            throw new GoneException(ArchivedRecordDto.From(tombstone));
        }
    }

    /// <summary>007: one a unit and date, numbered by the date.</summary>
    public static async Task RefuseUnitDayAsync(IApplicationDbContext db, Guid unitId, DateOnly date, CancellationToken cancellationToken)
    {
        var number = $"{date:yyyy-MM-dd}";
        var tombstone = await db.ArchiveEntries.AsNoTracking()
            .FirstOrDefaultAsync(e => e.UnitId == unitId && e.Type == ArchivedRecordType.SupervisorDailyReport && e.DestroyedBy != null && e.Number == number, cancellationToken);
        if (tombstone is not null)
        {
            throw new GoneException(ArchivedRecordDto.From(tombstone));
        }
    }
}
