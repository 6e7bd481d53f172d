using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Events.Webhooks;
using Mediator;

namespace AfterSales.Application.Events.Commands.RedriveWebhookSubscription;

/// <summary>
/// Re-drives a subscription: delivery resumes at once with the event that failed (for a dead-lettered one,
/// after its consumer is mended), then the rest in order.
/// </summary>
public sealed record RedriveWebhookSubscription(Guid SubscriptionId) : ICommand<WebhookSubscriptionDto>, IIdempotentCommand;

public sealed class RedriveWebhookSubscriptionHandler(IApplicationDbContext db)
    : ICommandHandler<RedriveWebhookSubscription, WebhookSubscriptionDto>
{
    public async ValueTask<WebhookSubscriptionDto> Handle(RedriveWebhookSubscription command, CancellationToken cancellationToken)
    {
        var subscription = await db.WebhookSubscriptions.FindAsync([command.SubscriptionId], cancellationToken)
            ?? throw new NotFoundException("WebhookSubscription", command.SubscriptionId);
        subscription.Redrive();
        return WebhookSubscriptionDto.From(subscription);
    }
}

public sealed class RedriveWebhookSubscriptionValidator : AbstractValidator<RedriveWebhookSubscription>
{
    public RedriveWebhookSubscriptionValidator()
    {
        RuleFor(c => c.SubscriptionId).NotEmpty();
    }
}
