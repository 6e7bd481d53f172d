using AfterSales.Application.Common.Mapping;
using Mapster;
using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Certificates;
using AfterSales.Domain.Calls;
using Mediator;

namespace AfterSales.Application.Calls.Queries.GetCall;

/// <summary>One call with its timeline: every step, who took it and when.</summary>
public sealed record GetCall(Guid CallId) : IQuery<CallDto>;

public sealed class GetCallHandler(ICallReader calls, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetCall, CallDto>
{
    public async ValueTask<CallDto> Handle(GetCall query, CancellationToken cancellationToken)
    {
        var found = await calls.ReadWithTimelineAsync(query.CallId, cancellationToken);
        if (found is not { Call: var call } || !user.CanAccessUnit(call.UnitId))
        {
            throw new NotFoundException(nameof(RepairCall), query.CallId);
        }

        var timeline = found.Timeline.Select(line => line.Adapt<HistoryLineDto>(Mappings.Config)).ToList();
        return CallDto.From(call, clock.GetUtcNow(), timeline);
    }
}
