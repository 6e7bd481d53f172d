using AfterSales.Application.Common.Mapping;
using Mapster;
using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Scoping;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Billing.Queries.GetPartsUsage;

/// <summary>R3: every part used on a call or a card, for the inventory ledger, with the same guarantees as the invoice feed.</summary>
public sealed record GetPartsUsage(Guid? UnitId, string? Cursor, int? Limit) : IQuery<Page<PartUsageDto>>;

public sealed class GetPartsUsageHandler(IApplicationDbContext db, ICurrentUser user, IOrderedFeed feed, TimeProvider clock) : IQueryHandler<GetPartsUsage, Page<PartUsageDto>>
{
    public async ValueTask<Page<PartUsageDto>> Handle(GetPartsUsage query, CancellationToken cancellationToken)
    {
        var page = await feed.ReadAsync(FeedName.PartsUsage, user.ListUnit(query.UnitId), query.Cursor, query.Limit ?? Cursor.DefaultLimit, cancellationToken);
        var usages = await db.PartUsages.AsNoTracking().Where(p => page.Ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        AfterSalesTelemetry.FeedServed(FeedName.PartsUsage, usages.Count == 0 ? null : usages.Values.Max(r => r.UsedAt), clock.GetUtcNow());
        return new Page<PartUsageDto>(page.Ids.Select(id => usages[id].Adapt<PartUsageDto>(Mappings.Config)).ToList(), page.NextCursor);
    }
}

public sealed class GetPartsUsageValidator : AbstractValidator<GetPartsUsage>
{
    public GetPartsUsageValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, Cursor.MaxLimit);
    }
}
