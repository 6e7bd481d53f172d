using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Units.Closures;
using AfterSales.Domain.Units;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Units.Queries.GetClosures;

/// <summary>A unit's declared closures, newest first, with those ended early and cancelled.</summary>
public sealed record GetClosures(Guid UnitId) : IQuery<IReadOnlyList<ClosureDto>>;

public sealed class GetClosuresHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetClosures, IReadOnlyList<ClosureDto>>
{
    public async ValueTask<IReadOnlyList<ClosureDto>> Handle(GetClosures query, CancellationToken cancellationToken)
    {
        var unit = user.CanAccessUnit(query.UnitId) ? await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == query.UnitId, cancellationToken) : null;
        if (unit is null)
        {
            throw new NotFoundException(nameof(ServiceUnit), query.UnitId);
        }

        return unit.Closures.OrderByDescending(c => c.From).ThenByDescending(c => c.DeclaredAt).Select(c => ClosureDto.Of(unit.Id, c)).ToList();
    }
}
