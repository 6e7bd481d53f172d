using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Reports;
using AfterSales.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Reports;

internal static class SupervisorReports
{
    /// <summary>The unit a report is about, in the caller's scope (another unit's is a 404).</summary>
    public static async Task<ServiceUnit> UnitInScopeAsync(IApplicationDbContext db, ICurrentUser user, Guid unitId, CancellationToken cancellationToken)
    {
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken);
        return unit is not null && user.CanAccessUnit(unit.Id) ? unit : throw new NotFoundException(nameof(ServiceUnit), unitId);
    }

    public static async Task<SupervisorDailyReport> ForChangeAsync(IApplicationDbContext db, ServiceUnit unit, DateOnly date, CancellationToken cancellationToken) =>
        await db.SupervisorDailyReports.SingleOrDefaultAsync(r => r.UnitId == unit.Id && r.Date == date, cancellationToken)
        ?? throw new NotFoundException(nameof(SupervisorDailyReport), $"{unit.Code} {date:yyyy-MM-dd}");

    public static async Task<SupervisorDailyReportDto> AnswerAsync(IApplicationDbContext db, ServiceUnit unit, DateOnly date, SupervisorDailyReport? report, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (live, technicians) = await SupervisorDays.ReadAsync(db, unit, date, now, cancellationToken);
        return SupervisorDailyReportDto.From(unit.Id, date, live, technicians, report);
    }
}
