using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Reports.Queries.GetTechnicianDailyReport;

/// <summary>
/// 服表006 (R15): a technician's day, hours by type a–d with the lines behind them; the frozen version
/// once submitted, with the live day beside it when the records changed since.
/// </summary>
public sealed record GetTechnicianDailyReport(Guid TechnicianId, DateOnly Date) : IQuery<TechnicianDailyReportDto>;

public sealed class GetTechnicianDailyReportHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetTechnicianDailyReport, TechnicianDailyReportDto>
{
    public async ValueTask<TechnicianDailyReportDto> Handle(GetTechnicianDailyReport query, CancellationToken cancellationToken)
    {
        var technician = await TechnicianDays.TechnicianInScopeAsync(db, user, query.TechnicianId, cancellationToken);
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == technician.UnitId, cancellationToken);
        var live = await TechnicianDays.ReadAsync(db, unit.Id, technician.Id, query.Date, unit.Calendar, cancellationToken);
        var report = await db.TechnicianDailyReports.AsNoTracking().SingleOrDefaultAsync(r => r.TechnicianId == technician.Id && r.Date == query.Date, cancellationToken);
        if (report is null)
        {
            await Archiving.DestroyedDays.RefuseTechnicianDayAsync(db, technician.Id, query.Date, cancellationToken);
        }

        var state = DailyReportStates.Of(report?.Status, query.Date, unit.Calendar, clock.GetUtcNow());
        return TechnicianDailyReportDto.From(technician.Id, unit.Id, query.Date, state, live, report);
    }
}

public sealed class GetTechnicianDailyReportValidator : AbstractValidator<GetTechnicianDailyReport>
{
    public GetTechnicianDailyReportValidator()
    {
        RuleFor(q => q.Date).IsServiceDate();
    }
}
