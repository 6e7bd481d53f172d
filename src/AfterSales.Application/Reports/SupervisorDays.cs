using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Common;
using AfterSales.Domain.RepairCards;
using AfterSales.Domain.Reports;
using AfterSales.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Reports;

/// <summary>
/// R16: a unit's day as form 007 shows it, read in a few round trips: the unit's technicians, their
/// reviewed form 006 of the day (on (unit_id, date)), the register's counts in one statement, each on
/// its own index ((unit_id, received_at), (unit_id, dispatched_at), (unit_id, arrived_at),
/// (unit_id, completed_at), (unit_id, closed_at), pickup receipts on (unit_id, issued_at), cards on
/// (unit_id, opened_at)), and the two counts that are rules (R18 carry-over, R14 lateness) through the
/// domain's own expressions.
/// </summary>
internal static class SupervisorDays
{
    public sealed record Technician(Guid Id, string Name, TechnicianDailyReportStatus? ReportStatus);

    private sealed record Figures(int Received, int Dispatched, int ArrivedOnTime, int ArrivedLate, int FinishedOnSite, int TakenToWorkshop, int Closed, int Cancelled, int CardsOpen);

    public static async Task<(SupervisorDay Day, IReadOnlyList<Technician> Technicians)> ReadAsync(IApplicationDbContext db, ServiceUnit unit, DateOnly date, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var staff = await db.Staff.AsNoTracking().Where(s => s.UnitId == unit.Id).OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var reports = await db.TechnicianDailyReports.AsNoTracking().Where(r => r.UnitId == unit.Id && r.Date == date).ToDictionaryAsync(r => r.TechnicianId, cancellationToken);
        var technicians = staff.Where(s => s.Has(Role.Technician)).Select(s => new Technician(s.Id, s.Name, reports.GetValueOrDefault(s.Id)?.Status)).ToList();

        var hours = technicians
            .Where(t => t.ReportStatus == TechnicianDailyReportStatus.Reviewed)
            .Select(t => (Technician: t, Day: reports[t.Id].Current.Contents))
            .Select(x => new TechnicianHours(x.Technician.Id, x.Technician.Name, x.Day.HoursOf(ServiceType.Paid), x.Day.HoursOf(ServiceType.Contract), x.Day.HoursOf(ServiceType.Free), x.Day.HoursOf(ServiceType.Admin)))
            .ToList();

        // UTC: raw queries pass instants to PostgreSQL as they are (timestamptz takes UTC only).
        var from = unit.Calendar.StartOfDay(date).ToUniversalTime();
        var to = unit.Calendar.StartOfDay(date.AddDays(1)).ToUniversalTime();
        var at = now.ToUniversalTime();
        var unitId = unit.Id;
        var figures = (await db.Database.SqlQuery<Figures>($"""
            SELECT
              (SELECT count(*) FROM repair_calls WHERE unit_id = {unitId} AND received_at >= {from} AND received_at < {to})::int AS received,
              (SELECT count(*) FROM repair_calls WHERE unit_id = {unitId} AND dispatched_at >= {from} AND dispatched_at < {to})::int AS dispatched,
              (SELECT count(*) FROM repair_calls WHERE unit_id = {unitId} AND arrived_at >= {from} AND arrived_at < {to} AND deadline_met)::int AS arrived_on_time,
              (SELECT count(*) FROM repair_calls WHERE unit_id = {unitId} AND arrived_at >= {from} AND arrived_at < {to} AND NOT deadline_met)::int AS arrived_late,
              (SELECT count(*) FROM repair_calls WHERE unit_id = {unitId} AND completed_at >= {from} AND completed_at < {to})::int AS finished_on_site,
              (SELECT count(*) FROM pickup_receipts WHERE unit_id = {unitId} AND issued_at >= {from} AND issued_at < {to})::int AS taken_to_workshop,
              (SELECT count(*) FROM repair_calls WHERE unit_id = {unitId} AND closed_at >= {from} AND closed_at < {to} AND status = 'Closed')::int AS closed,
              (SELECT count(*) FROM repair_calls WHERE unit_id = {unitId} AND closed_at >= {from} AND closed_at < {to} AND status = 'Cancelled')::int AS cancelled,
              (SELECT count(*) FROM repair_cards WHERE unit_id = {unitId} AND opened_at < {to} AND (closed_at IS NULL OR closed_at >= {to}))::int AS cards_open
            """).ToListAsync(cancellationToken)).Single();

        // The two figures that are rules (R18 carry-over, R14 lateness) come from the domain's own expressions.
        var carriedOver = await db.Calls.AsNoTracking()
            .Where(c => c.UnitId == unitId && c.ReceivedAt >= from && c.ReceivedAt < to)
            .Where(CarryOverPolicy.CarriedOver.At(at))
            .CountAsync(cancellationToken);
        var cardsLate = await db.RepairCards.AsNoTracking()
            .Where(c => c.UnitId == unitId)
            .Where(RepairLatenessPolicy.LateAsOf.At(to))
            .CountAsync(cancellationToken);

        var register = new RegisterFigures(figures.Received, figures.Dispatched, carriedOver, figures.ArrivedOnTime, figures.ArrivedLate,
            figures.FinishedOnSite, figures.TakenToWorkshop, figures.Closed, figures.Cancelled, figures.CardsOpen, cardsLate);
        return (new SupervisorDay(hours, register), technicians);
    }
}
