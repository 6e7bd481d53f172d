using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Events.Webhooks;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Events.Queries.GetWebhookSubscriptions;

/// <summary>The webhook subscriptions with where delivery stands: delivered, failing (the last error), dead-lettered.</summary>
public sealed record GetWebhookSubscriptions : IQuery<IReadOnlyList<WebhookSubscriptionDto>>;

public sealed class GetWebhookSubscriptionsHandler(IApplicationDbContext db) : IQueryHandler<GetWebhookSubscriptions, IReadOnlyList<WebhookSubscriptionDto>>
{
    public async ValueTask<IReadOnlyList<WebhookSubscriptionDto>> Handle(GetWebhookSubscriptions query, CancellationToken cancellationToken) =>
        (await db.WebhookSubscriptions.AsNoTracking().OrderBy(s => s.Id).Take(500).ToListAsync(cancellationToken)).Select(WebhookSubscriptionDto.From).ToList();
}
