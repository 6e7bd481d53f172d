using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Staff;
using AfterSales.Domain.Units;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Evaluations.Queries.GetTechnicianMonthly;

/// <summary>
/// R23: the monthly evaluation figures of one technician (<c>technicianId</c>) or of all a unit's
/// technicians (<c>unitId</c>), for a month (<c>yyyy-MM</c>) of the unit's calendar. A closed month
/// answers with the figures kept when it closed.
/// </summary>
public sealed record GetTechnicianMonthly(Guid? TechnicianId, Guid? UnitId, string Month) : IQuery<TechnicianMonthlyReportDto>;

public sealed class GetTechnicianMonthlyHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetTechnicianMonthly, TechnicianMonthlyReportDto>
{
    public async ValueTask<TechnicianMonthlyReportDto> Handle(GetTechnicianMonthly query, CancellationToken cancellationToken)
    {
        var month = MonthParameter.Parse(query.Month);
        var unitId = query.UnitId;
        if (query.TechnicianId is { } technicianId)
        {
            var technician = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == technicianId, cancellationToken);
            unitId = technician is not null && user.CanAccessUnit(technician.UnitId) && (query.UnitId is null || query.UnitId == technician.UnitId)
                ? technician.UnitId
                : throw new NotFoundException(nameof(StaffMember), technicianId);
        }

        var unit = unitId is { } id && user.CanAccessUnit(id)
            ? await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken) ?? throw new NotFoundException(nameof(ServiceUnit), id)
            : throw new NotFoundException(nameof(ServiceUnit), unitId ?? Guid.Empty);

        var closure = await db.EvaluationMonthClosures.AsNoTracking().SingleOrDefaultAsync(c => c.UnitId == unit.Id && c.Month == month, cancellationToken);
        var technicians = closure is not null
            ? EvaluationSnapshot.Read(closure.Snapshot).Where(t => query.TechnicianId is null || t.TechnicianId == query.TechnicianId).ToList()
            : await TechnicianMonths.ReadAsync(db, unit, month, query.TechnicianId, clock.GetUtcNow(), cancellationToken);
        return new TechnicianMonthlyReportDto(unit.Id, MonthParameter.Format(month), closure is not null, closure?.ClosedAt, technicians);
    }
}

public sealed class GetTechnicianMonthlyValidator : AbstractValidator<GetTechnicianMonthly>
{
    public GetTechnicianMonthlyValidator()
    {
        RuleFor(q => q.Month).Must(m => MonthParameter.TryParse(m, out _)).WithMessage("Give the month as yyyy-MM.");
        RuleFor(q => q.UnitId).NotEmpty().When(q => q.TechnicianId is null).WithMessage("Give the technicianId, or the unitId for all of a unit's technicians.");
    }
}
