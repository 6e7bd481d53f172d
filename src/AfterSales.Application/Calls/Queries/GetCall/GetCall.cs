using AfterSales.Application.Common.Mapping;
using Mapster;
using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Certificates;
using AfterSales.Domain.Calls;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Calls.Queries.GetCall;

/// <summary>One call with its timeline: every step, who took it and when.</summary>
public sealed record GetCall(Guid CallId) : IQuery<CallDto>;

public sealed class GetCallHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetCall, CallDto>
{
    public async ValueTask<CallDto> Handle(GetCall query, CancellationToken cancellationToken)
    {
        var call = await db.Calls.AsNoTracking().SingleOrDefaultAsync(c => c.Id == query.CallId, cancellationToken);
        if (call is null || !user.CanAccessUnit(call.UnitId))
        {
            throw new NotFoundException(nameof(RepairCall), query.CallId);
        }

        var timeline = await db.ServiceHistory.AsNoTracking()
            .Where(h => h.CallId == call.Id)
            .OrderBy(h => h.Sequence)
            .ToListAsync(cancellationToken);
        return CallDto.From(call, clock.GetUtcNow(), timeline.Select(x => x.Adapt<HistoryLineDto>(Mappings.Config)).ToList());
    }
}
