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
    // The most frequent read: compiled once, so a request skips translating the expression tree and
    // looking it up in the query cache (docs/architecture.md, "Performance").
    private static readonly Func<DbContext, Guid, CancellationToken, Task<RepairCall?>> CallById =
        EF.CompileAsyncQuery((DbContext context, Guid id, CancellationToken _) =>
            context.Set<RepairCall>().AsNoTracking().SingleOrDefault(c => c.Id == id));

    private static readonly Func<DbContext, Guid, IAsyncEnumerable<ServiceHistoryEntry>> TimelineOf =
        EF.CompileAsyncQuery<DbContext, Guid, ServiceHistoryEntry>((context, callId) =>
            context.Set<ServiceHistoryEntry>().AsNoTracking().Where(h => h.CallId == callId).OrderBy(h => h.Sequence));

    public async ValueTask<CallDto> Handle(GetCall query, CancellationToken cancellationToken)
    {
        var context = (DbContext)db;
        var call = await CallById(context, query.CallId, cancellationToken);
        if (call is null || !user.CanAccessUnit(call.UnitId))
        {
            throw new NotFoundException(nameof(RepairCall), query.CallId);
        }

        var timeline = new List<HistoryLineDto>();
        await foreach (var line in TimelineOf(context, call.Id).WithCancellation(cancellationToken))
        {
            timeline.Add(line.Adapt<HistoryLineDto>(Mappings.Config));
        }

        return CallDto.From(call, clock.GetUtcNow(), timeline);
    }
}
