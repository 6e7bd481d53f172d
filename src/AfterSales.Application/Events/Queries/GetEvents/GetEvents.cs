using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Scoping;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Events.Queries.GetEvents;

/// <summary>
/// The events feed, for consumers that pull: every event in commit order, a page at a time, never skipping
/// one even when transactions commit out of order. Resume from the last <c>nextCursor</c> processed; a page
/// may repeat after a crash (at least once), so de-duplicate on the event's id. An empty page means caught up.
/// </summary>
public sealed record GetEvents(Guid? UnitId, string? Cursor, int? Limit) : IQuery<Page<EventDto>>;

public sealed class GetEventsHandler(IApplicationDbContext db, ICurrentUser user, IOrderedFeed feed) : IQueryHandler<GetEvents, Page<EventDto>>
{
    public async ValueTask<Page<EventDto>> Handle(GetEvents query, CancellationToken cancellationToken)
    {
        var page = await feed.ReadAsync(FeedName.Events, user.ListUnit(query.UnitId), query.Cursor, query.Limit ?? Cursor.DefaultLimit, cancellationToken);
        var events = await db.OutboxEvents.AsNoTracking().Where(e => page.Ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        return new Page<EventDto>(page.Ids.Select(id => EventDto.From(events[id])).ToList(), page.NextCursor);
    }
}

public sealed class GetEventsValidator : AbstractValidator<GetEvents>
{
    public GetEventsValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, Cursor.MaxLimit);
    }
}
