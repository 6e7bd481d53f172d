using AfterSales.Api.Infrastructure;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Events;
using AfterSales.Application.Events.Commands.CreateWebhookSubscription;
using AfterSales.Application.Events.Commands.RedriveWebhookSubscription;
using AfterSales.Application.Events.Queries.GetWebhookSubscriptions;
using AfterSales.Application.Events.Webhooks;
using AfterSales.Application.Events.Queries.GetEvents;
using AfterSales.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class EventEndpoints
{
    public static void MapEventEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/events", async Task<Ok<Page<EventDto>>> (Guid? unitId, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetEvents(unitId, cursor, limit), ct)))
            .WithTags("Events")
            .ForRoles(Role.Supervisor, Role.BranchManager, Role.ServiceDepartment, Role.ViceGeneralManager, Role.Admin)
            .Describe("PullEvents", "Domain events in commit order from the outbox: stable, never skips; resume from nextCursor, de-duplicate on id (empty items = caught up)", 400, 404)
            .ReadsPrimary();

        var webhooks = app.MapGroup("/api/v1/webhook-subscriptions").WithTags("Events");
        webhooks.MapPost("/", async Task<Created<WebhookSubscriptionDto>> (CreateWebhookSubscription command, ISender sender, CancellationToken ct) =>
            {
                var subscription = await sender.Send(command, ct);
                return TypedResults.Created($"/api/v1/webhook-subscriptions/{subscription.Id}", subscription);
            })
            .ForRoles(Role.Admin)
            .Describe("CreateWebhookSubscription", "Push events to a consumer's URL, signed, in order, at least once", 400, 404, 422);

        webhooks.MapGet("/", async Task<Ok<IReadOnlyList<WebhookSubscriptionDto>>> (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetWebhookSubscriptions(), ct)))
            .ForRoles(Role.Admin)
            .Describe("ListWebhookSubscriptions", "Webhook subscriptions with where delivery stands and the last error")
            .ReadsPrimary();

        webhooks.MapPost("/{subscriptionId:guid}/redrive", async Task<Ok<WebhookSubscriptionDto>> (Guid subscriptionId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RedriveWebhookSubscription(subscriptionId), ct)))
            .ForRoles(Role.Admin)
            .Describe("RedriveWebhookSubscription", "Resume a dead-lettered subscription at the event that failed", 404, 409);
    }
}
