using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Calendars;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Common;
using AfterSales.Domain.Reports;
using AfterSales.Domain.Staff;
using AfterSales.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Reports;

/// <summary>
/// R15: a technician's day as the records say it now, read in three set-based queries: calls finished on
/// site that day (their hours under the call's type, on the (technician_id, completed_at) index), the
/// day's work entries on repair cards (under the card's type; cards the unit had open that day, on the
/// (unit_id, opened_at) index), and admin work (type d, on the (technician_id, date) index). A day is
/// the technician's unit's local date.
/// </summary>
internal static class TechnicianDays
{
    private sealed record CardWork(string Number, string ServiceType, decimal Hours, string Description);

    public static async Task<TechnicianDay> ReadAsync(IApplicationDbContext db, Guid unitId, Guid technicianId, DateOnly date, WorkingCalendar calendar, CancellationToken cancellationToken)
    {
        // UTC: the raw query below passes instants to PostgreSQL as they are (timestamptz takes UTC only).
        var from = calendar.StartOfDay(date).ToUniversalTime();
        var to = calendar.StartOfDay(date.AddDays(1)).ToUniversalTime();

        var onSite = await db.Calls.AsNoTracking()
            .Where(c => c.TechnicianId == technicianId && c.CompletedAt >= from && c.CompletedAt < to && c.WorkHours != null)
            .OrderBy(c => c.CompletedAt)
            .Select(c => new DailyWorkItem(c.ServiceType, DailyWorkSource.OnSiteCall, c.Number, c.WorkHours!.Value, c.Problem))
            .ToListAsync(cancellationToken);

        // Work entries live in the card's jsonb column; jsonb_array_elements reads them in the database.
        // Result columns are snake_case, as the naming convention maps CardWork's properties.
        var technician = technicianId.ToString();
        var cardWork = await db.Database.SqlQuery<CardWork>($"""
            SELECT c.number, c.service_type, (w->>'hours')::numeric AS hours, w->>'description' AS description
            FROM repair_cards c CROSS JOIN LATERAL jsonb_array_elements(c.work) w
            WHERE c.unit_id = {unitId} AND c.opened_at < {to} AND (c.closed_at IS NULL OR c.closed_at >= {from})
              AND w->>'technicianId' = {technician} AND (w->>'at')::timestamptz >= {from} AND (w->>'at')::timestamptz < {to}
            ORDER BY (w->>'at')::timestamptz
            """).ToListAsync(cancellationToken);

        var admin = await db.AdminWork.AsNoTracking()
            .Where(w => w.TechnicianId == technicianId && w.Date == date)
            .OrderBy(w => w.RecordedAt)
            .Select(w => new { w.Category, w.Hours, w.Note })
            .ToListAsync(cancellationToken);

        return new TechnicianDay(
        [
            .. onSite,
            .. cardWork.Select(w => new DailyWorkItem(Enum.Parse<ServiceType>(w.ServiceType), DailyWorkSource.RepairCard, w.Number, w.Hours, w.Description)),
            .. admin.Select(w => new DailyWorkItem(ServiceType.Admin, DailyWorkSource.AdminWork, w.Category.ToString(), w.Hours, w.Note)),
        ]);
    }

    /// <summary>The technician a report is about, in the caller's scope; a technician may only act for themselves.</summary>
    public static async Task<StaffMember> TechnicianInScopeAsync(IApplicationDbContext db, ICurrentUser user, Guid technicianId, CancellationToken cancellationToken)
    {
        var technician = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == technicianId, cancellationToken);
        if (technician is null || !technician.Has(Role.Technician) || !user.CanAccessUnit(technician.UnitId))
        {
            throw new NotFoundException(nameof(StaffMember), technicianId);
        }

        if (!user.IsIn(Role.Supervisor) && !user.SeesAllUnits && user.StaffId != technicianId)
        {
            throw new ForbiddenAccessException("A technician reads and records only their own day; their supervisor may act for them.");
        }

        return technician;
    }

    /// <summary>A submitted report the supervisor acts on, with its unit.</summary>
    public static async Task<(ServiceUnit Unit, TechnicianDailyReport Report)> ReportForChangeAsync(
        IApplicationDbContext db, ICurrentUser user, Guid technicianId, DateOnly date, CancellationToken cancellationToken)
    {
        var technician = await TechnicianInScopeAsync(db, user, technicianId, cancellationToken);
        var report = await db.TechnicianDailyReports.SingleOrDefaultAsync(r => r.TechnicianId == technician.Id && r.Date == date, cancellationToken)
            ?? throw new NotFoundException(nameof(TechnicianDailyReport), $"{technician.Id} {date:yyyy-MM-dd}");
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == technician.UnitId, cancellationToken);
        return (unit, report);
    }

    /// <summary>The report as the answer shows it, with the live day beside it.</summary>
    public static async Task<TechnicianDailyReportDto> AnswerAsync(IApplicationDbContext db, ServiceUnit unit, TechnicianDailyReport report, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var live = await ReadAsync(db, unit.Id, report.TechnicianId, report.Date, unit.Calendar, cancellationToken);
        return TechnicianDailyReportDto.From(report.TechnicianId, unit.Id, report.Date, DailyReportStates.Of(report.Status, report.Date, unit.Calendar, now), live, report);
    }
}
