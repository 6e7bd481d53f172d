using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Reports.Queries.GetSupervisorDailyReport;

/// <summary>服表007 (R16, R17): a unit's day, hours by type per technician and the register's figures, with its chain.</summary>
public sealed record GetSupervisorDailyReport(Guid UnitId, DateOnly Date) : IQuery<SupervisorDailyReportDto>;

public sealed class GetSupervisorDailyReportHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetSupervisorDailyReport, SupervisorDailyReportDto>
{
    public async ValueTask<SupervisorDailyReportDto> Handle(GetSupervisorDailyReport query, CancellationToken cancellationToken)
    {
        var unit = await SupervisorReports.UnitInScopeAsync(db, user, query.UnitId, cancellationToken);
        var report = await db.SupervisorDailyReports.AsNoTracking().SingleOrDefaultAsync(r => r.UnitId == unit.Id && r.Date == query.Date, cancellationToken);
        if (report is null)
        {
            await Archiving.DestroyedDays.RefuseUnitDayAsync(db, unit.Id, query.Date, cancellationToken);
        }

        return await SupervisorReports.AnswerAsync(db, unit, query.Date, report, clock.GetUtcNow(), cancellationToken);
    }
}

public sealed class GetSupervisorDailyReportValidator : AbstractValidator<GetSupervisorDailyReport>
{
    public GetSupervisorDailyReportValidator()
    {
        RuleFor(q => q.Date).IsServiceDate();
    }
}
