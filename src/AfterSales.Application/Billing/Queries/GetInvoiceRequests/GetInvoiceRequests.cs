using AfterSales.Application.Common.Mapping;
using Mapster;
using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Scoping;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Billing.Queries.GetInvoiceRequests;

/// <summary>
/// The accounting system's pull feed: oldest first, in a stable order that never skips a request.
/// Resume from the last <c>nextCursor</c> processed; a page may repeat after a crash (at least once).
/// </summary>
public sealed record GetInvoiceRequests(Guid? UnitId, string? Cursor, int? Limit) : IQuery<Page<InvoiceRequestDto>>;

public sealed class GetInvoiceRequestsHandler(IApplicationDbContext db, ICurrentUser user, IOrderedFeed feed, TimeProvider clock) : IQueryHandler<GetInvoiceRequests, Page<InvoiceRequestDto>>
{
    public async ValueTask<Page<InvoiceRequestDto>> Handle(GetInvoiceRequests query, CancellationToken cancellationToken)
    {
        var page = await feed.ReadAsync(FeedName.InvoiceRequests, user.ListUnit(query.UnitId), query.Cursor, query.Limit ?? Cursor.DefaultLimit, cancellationToken);
        var requests = await db.InvoiceRequests.AsNoTracking().Where(r => page.Ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        AfterSalesTelemetry.FeedServed(FeedName.InvoiceRequests, requests.Count == 0 ? null : requests.Values.Max(r => r.RaisedAt), clock.GetUtcNow());
        return new Page<InvoiceRequestDto>(page.Ids.Select(id => requests[id].Adapt<InvoiceRequestDto>(Mappings.Config)).ToList(), page.NextCursor);
    }
}

public sealed class GetInvoiceRequestsValidator : AbstractValidator<GetInvoiceRequests>
{
    public GetInvoiceRequestsValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, Cursor.MaxLimit);
    }
}
