using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Units;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Units.Queries.GetUnit;

public sealed record GetUnit(Guid UnitId) : IQuery<UnitDto>;

public sealed class GetUnitHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetUnit, UnitDto>
{
    public async ValueTask<UnitDto> Handle(GetUnit query, CancellationToken cancellationToken)
    {
        if (!user.CanAccessUnit(query.UnitId))
        {
            throw new NotFoundException(nameof(ServiceUnit), query.UnitId);
        }

        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == query.UnitId, cancellationToken)
            ?? throw new NotFoundException(nameof(ServiceUnit), query.UnitId);
        return UnitDto.From(unit);
    }
}
