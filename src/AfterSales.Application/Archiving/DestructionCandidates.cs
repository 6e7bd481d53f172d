using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Archiving;
using AfterSales.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Archiving;

/// <summary>
/// A2: which archived records may be destroyed: of the unit and type, not destroyed yet, closed before the
/// retention's first kept day, and tied to no open complaint and no unissued invoice request. One query,
/// shared by the candidates list, the proposal and the execution, so the three never disagree.
/// </summary>
public static class DestructionCandidates
{
    public static IQueryable<ArchiveEntry> Of(IApplicationDbContext db, Guid unitId, ArchivedRecordType type, DateOnly keptFrom) =>
        db.ArchiveEntries.AsNoTracking()
            .Where(e => e.UnitId == unitId && e.Type == type && e.DestroyedBy == null && e.ClosedOn < keptFrom)
            .Where(e => !db.Complaints.Any(c => c.Status != ComplaintStatus.Closed && (c.CallId == e.RecordId || c.SurveyCardId == e.RecordId)))
            .Where(e => !db.InvoiceRequests.Any(r => r.InvoiceNumber == null && r.CallId == e.RecordId));

    /// <summary>The first closing date still kept today in the unit's calendar, for the type's retention.</summary>
    public static async Task<DateOnly> KeptFromAsync(IApplicationDbContext db, Guid unitId, ArchivedRecordType type, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken)
            ?? throw new NotFoundException(nameof(Domain.Units.ServiceUnit), unitId);
        var retention = await db.RetentionPeriods.AsNoTracking().SingleOrDefaultAsync(r => r.Type == type, cancellationToken)
            ?? RetentionPeriod.Default(type);
        return retention.KeptFrom(unit.Calendar.LocalDate(now));
    }
}
