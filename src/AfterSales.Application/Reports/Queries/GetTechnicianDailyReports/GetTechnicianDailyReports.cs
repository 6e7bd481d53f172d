using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Common;
using AfterSales.Domain.Units;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Reports.Queries.GetTechnicianDailyReports;

/// <summary>
/// R15: a unit's technicians and where each one's report of a day stands; <c>state=Missing</c> lists who
/// has not submitted by the next business day's opening (the unit's calendar decides). Two queries: the
/// unit's technicians, and their reports of the day on the (unit_id, date) index.
/// </summary>
public sealed record GetTechnicianDailyReports(Guid? UnitId, DateOnly Date, DailyReportState? State) : IQuery<IReadOnlyList<TechnicianDailyReportSummaryDto>>;

public sealed class GetTechnicianDailyReportsHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetTechnicianDailyReports, IReadOnlyList<TechnicianDailyReportSummaryDto>>
{
    public async ValueTask<IReadOnlyList<TechnicianDailyReportSummaryDto>> Handle(GetTechnicianDailyReports query, CancellationToken cancellationToken)
    {
        var unitId = user.ListUnit(query.UnitId) ?? throw new FluentValidation.ValidationException(
            [new FluentValidation.Results.ValidationFailure("unitId", "A day is a day of one unit's calendar; give the unitId.")]);
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken)
            ?? throw new NotFoundException(nameof(ServiceUnit), unitId);
        var staff = await db.Staff.AsNoTracking().Where(s => s.UnitId == unitId).OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var reports = await db.TechnicianDailyReports.AsNoTracking().Where(r => r.UnitId == unitId && r.Date == query.Date).ToDictionaryAsync(r => r.TechnicianId, cancellationToken);
        var now = clock.GetUtcNow();

        return staff
            .Where(s => s.Has(Role.Technician))
            .Select(s =>
            {
                var report = reports.GetValueOrDefault(s.Id);
                var state = DailyReportStates.Of(report?.Status, query.Date, unit.Calendar, now);
                return new TechnicianDailyReportSummaryDto(s.Id, s.Name, query.Date, state, report?.Current.Contents.TotalHours, report?.Current.SubmittedAt);
            })
            .Where(r => query.State is null || r.State == query.State)
            .ToList();
    }
}

public sealed class GetTechnicianDailyReportsValidator : AbstractValidator<GetTechnicianDailyReports>
{
    public GetTechnicianDailyReportsValidator()
    {
        RuleFor(q => q.Date).IsServiceDate();
        RuleFor(q => q.State).IsInEnum();
    }
}
