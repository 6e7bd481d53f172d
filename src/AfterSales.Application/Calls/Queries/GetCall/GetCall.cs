using AfterSales.Application.Common.Mapping;
using Mapster;
using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Certificates;
using AfterSales.Application.Common.History;
using AfterSales.Domain.Calls;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Calls.Queries.GetCall;

/// <summary>One call with its timeline: every step, who took it and when.</summary>
public sealed record GetCall(Guid CallId) : IQuery<CallDto>;

public sealed class GetCallHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetCall, CallDto>
{
    // The most frequent read: the call and its timeline in one statement (one round trip, not two), compiled
    // once, so a request skips translating the expression tree and looking it up in the query cache
    // (docs/architecture.md, "Performance").
    private static readonly Func<DbContext, Guid, CancellationToken, Task<CallWithTimeline?>> CallById =
        EF.CompileAsyncQuery((DbContext context, Guid id, CancellationToken _) =>
            context.Set<RepairCall>().AsNoTracking()
                .Where(c => c.Id == id)
                .Select(c => new CallWithTimeline(c, context.Set<ServiceHistoryEntry>().Where(h => h.CallId == c.Id).OrderBy(h => h.Sequence).ToList()))
                .SingleOrDefault());

    public async ValueTask<CallDto> Handle(GetCall query, CancellationToken cancellationToken)
    {
        var found = await CallById((DbContext)db, query.CallId, cancellationToken);
        if (found is not { Call: var call } || !user.CanAccessUnit(call.UnitId))
        {
            throw new NotFoundException(nameof(RepairCall), query.CallId);
        }

        var timeline = found.Timeline.Select(line => line.Adapt<HistoryLineDto>(Mappings.Config)).ToList();
        return CallDto.From(call, clock.GetUtcNow(), timeline);
    }
}

/// <summary>A call read with its timeline in one statement.</summary>
internal sealed record CallWithTimeline(RepairCall Call, List<ServiceHistoryEntry> Timeline);
