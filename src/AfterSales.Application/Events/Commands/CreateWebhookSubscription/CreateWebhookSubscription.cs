using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Application.Events.Webhooks;
using Mediator;

namespace AfterSales.Application.Events.Commands.CreateWebhookSubscription;

/// <summary>
/// An admin subscribes a consumer's URL (http or https) to events: those named (all when none), of one unit
/// or all. Deliveries start with the events committed from now on, in order, each a POST of the event as the
/// events feed gives it, signed with <c>secret</c>: header <c>AfterSales-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex
/// HMAC-SHA256 of "t.body"&gt;</c>, with <c>AfterSales-Event-Id</c> to de-duplicate on. Addresses that are
/// loopback, link-local or a cloud metadata service are never called.
/// </summary>
public sealed record CreateWebhookSubscription(string Url, IReadOnlyList<string>? EventTypes, Guid? UnitId, string Secret)
    : ICommand<WebhookSubscriptionDto>, IIdempotentCommand;

public sealed class CreateWebhookSubscriptionHandler(IApplicationDbContext db, ICurrentUser user, IOrderedFeed feed, TimeProvider clock, IWebhookTargets targets)
    : ICommandHandler<CreateWebhookSubscription, WebhookSubscriptionDto>
{
    public async ValueTask<WebhookSubscriptionDto> Handle(CreateWebhookSubscription command, CancellationToken cancellationToken)
    {
        if (command.UnitId is { } unitId)
        {
            user.ListUnit(unitId);
        }

        targets.Check(new Uri(command.Url));
        var now = clock.GetUtcNow();
        var head = await feed.HeadAsync(FeedName.Events, cancellationToken);
        var subscription = WebhookSubscription.Create(Guid.CreateVersion7(now), command.Url, command.EventTypes ?? [], command.UnitId, command.Secret, head, user.StaffId, now);
        db.WebhookSubscriptions.Add(subscription);
        return WebhookSubscriptionDto.From(subscription);
    }
}

public sealed class CreateWebhookSubscriptionValidator : AbstractValidator<CreateWebhookSubscription>
{
    public CreateWebhookSubscriptionValidator()
    {
        RuleFor(c => c.Url).NotEmpty().MaximumLength(2000)
            .Must(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && string.IsNullOrEmpty(uri.UserInfo))
            .WithMessage("A webhook URL is an absolute http or https URL without user information.");
        RuleFor(c => c.Secret).NotEmpty().MinimumLength(16).MaximumLength(200);
        RuleForEach(c => c.EventTypes).NotEmpty().MaximumLength(64);
        RuleFor(c => c.EventTypes).Must(t => t is null || t.Count <= 100);
    }
}
