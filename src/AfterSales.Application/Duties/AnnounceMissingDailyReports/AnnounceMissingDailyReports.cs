using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Events;
using AfterSales.Application.Reports;
using AfterSales.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Duties.AnnounceMissingDailyReports;

/// <summary>
/// R15: a technician's report (form 006) of a business day not submitted by the next business day's opening
/// is missing: the event <c>TechnicianDailyReportMissing</c> at that opening, once per technician and day.
/// </summary>
public sealed class AnnounceMissingDailyReports(DutySettings settings) : ITimedDuty
{
    public string Name => nameof(AnnounceMissingDailyReports);

    public async Task<IReadOnlyList<DueWork>> FindDueAsync(IApplicationDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var candidates = new List<DueWork>();
        foreach (var unit in await db.Units.AsNoTracking().ToListAsync(cancellationToken))
        {
            var today = unit.Calendar.LocalDate(now);
            var first = today.AddDays(-settings.LookbackDays);
            var technicians = (await db.Staff.AsNoTracking().Where(s => s.UnitId == unit.Id).ToListAsync(cancellationToken))
                .Where(s => s.Has(Role.Technician)).Select(s => (s.Id, Since: TimeOrderedIds.CreatedAt(s.Id))).ToList();
            if (technicians.Count == 0)
            {
                continue;
            }

            var filed = (await db.TechnicianDailyReports.AsNoTracking()
                .Where(r => r.UnitId == unit.Id && r.Date >= first && r.Date < today)
                .Select(r => new { r.TechnicianId, r.Date })
                .ToListAsync(cancellationToken)).Select(r => (r.TechnicianId, r.Date)).ToHashSet();
            for (var day = first; day < today; day = day.AddDays(1))
            {
                // A day with no report is missing once the next business day has opened (R15, as the list says it).
                if (!unit.Calendar.IsBusinessDay(day) || DailyReportStates.Of(null, day, unit.Calendar, now) != DailyReportState.Missing
                    || unit.Calendar.FirstOpeningAfter(day) is not { } due)
                {
                    continue;
                }

                // A technician hired after the day ended owed no report of it.
                var dayEnds = unit.Calendar.StartOfDay(day.AddDays(1));
                candidates.AddRange(technicians.Where(t => t.Since < dayEnds && !filed.Contains((t.Id, day))).Select(t => new DueWork(Name, unit.Id, t.Id, due, day)));
            }
        }

        return await DutyClaims.NotDoneAsync(db, candidates, cancellationToken);
    }

    public async Task PerformAsync(IApplicationDbContext db, DueWork work, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var date = work.Date!.Value;
        if (!await db.TechnicianDailyReports.AnyAsync(r => r.TechnicianId == work.SubjectId && r.Date == date, cancellationToken))
        {
            db.OutboxEvents.Add(OutboxEvent.Of(work.UnitId, "TechnicianDailyReportMissing", "Technician", work.SubjectId, now,
                new { TechnicianId = work.SubjectId, Date = date, DueAt = work.DueAt }));
        }
    }
}
