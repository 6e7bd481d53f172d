using AfterSales.Domain.Billing;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Billing.Queries.GetPendingCash;

/// <summary>Cash collected on site and not yet handed over, for the accountant (a technician sees only their own).</summary>
public sealed record GetPendingCash(Guid? UnitId, Guid? TechnicianId, string? Cursor, int? Limit) : IQuery<Page<CollectedCashDto>>;

public sealed class GetPendingCashHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetPendingCash, Page<CollectedCashDto>>
{
    public async ValueTask<Page<CollectedCashDto>> Handle(GetPendingCash query, CancellationToken cancellationToken)
    {
        var pending = db.CollectedCash.AsNoTracking().Where(c => c.HandoverId == null);
        if (user.ListUnit(query.UnitId) is { } unitId)
        {
            pending = pending.Where(c => c.UnitId == unitId);
        }

        var technicianId = user.IsIn(Role.Accountant) || user.SeesAllUnits ? query.TechnicianId : user.RequireStaffId();
        if (technicianId is { } technician)
        {
            pending = pending.Where(c => c.TechnicianId == technician);
        }

        return await pending.ProjectPageByIdAsync<CollectedCash, CollectedCashDto>(c => c.Id, c => c.Id, query.Cursor, query.Limit, cancellationToken);
    }
}

public sealed class GetPendingCashValidator : AbstractValidator<GetPendingCash>
{
    public GetPendingCashValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, Cursor.MaxLimit);
    }
}
