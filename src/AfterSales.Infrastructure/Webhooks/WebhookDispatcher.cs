using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Events;
using AfterSales.Application.Events.Webhooks;
using AfterSales.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AfterSales.Infrastructure.Webhooks;

/// <summary>
/// Pushes the outbox's events to webhook subscribers, apart from the commands (a slow or failing subscriber
/// never slows one). Each round claims the subscriptions due with <c>FOR UPDATE SKIP LOCKED</c>, so with
/// several instances each subscription is delivered by one at a time, in feed order; an event is delivered
/// before the next is tried. A delivery counts when the subscriber answers 2xx; otherwise it is retried after
/// a backoff that doubles with jitter, and after <c>Webhooks__MaxAttempts</c> the subscription is
/// dead-lettered with the error, until re-driven. The cursor moves in the same transaction that claimed it,
/// so a crash repeats a delivery at worst (at least once), never skips one.
/// </summary>
internal sealed partial class WebhookDispatcher(IServiceScopeFactory scopes, IHttpClientFactory http, WebhookSettings settings, TimeProvider clock, ILogger<WebhookDispatcher> logger)
    : Hosting.PeriodicRounds(TimeSpan.FromSeconds(settings.PollSeconds), logger)
{
    public const string ClientName = "webhooks";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected override async Task RunRoundAsync(CancellationToken cancellationToken) => await DeliverDueAsync(cancellationToken);

    public async Task DeliverDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var feed = scope.ServiceProvider.GetRequiredService<IOrderedFeed>();

        // The round is one transaction, retried whole by the connection's execution strategy on a transient
        // failure (a delivery may then repeat: at least once).
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var now = clock.GetUtcNow();
            var due = await db.WebhookSubscriptions
                .FromSql($"SELECT *, xmin FROM webhook_subscriptions WHERE status = 'Active' AND (next_attempt_at IS NULL OR next_attempt_at <= {now}) ORDER BY id LIMIT 20 FOR UPDATE SKIP LOCKED")
                .ToListAsync(ct);
            foreach (var subscription in due)
            {
                await DeliverAsync(db, feed, subscription, ct);
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
    }

    private async Task DeliverAsync(AppDbContext db, IOrderedFeed feed, WebhookSubscription subscription, CancellationToken cancellationToken)
    {
        var page = await feed.ReadAsync(FeedName.Events, subscription.UnitId, subscription.Cursor, 50, cancellationToken);
        if (page.Ids.Count == 0)
        {
            return;
        }

        var events = await db.OutboxEvents.AsNoTracking().Where(e => page.Ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        for (var i = 0; i < page.Ids.Count; i++)
        {
            var item = events[page.Ids[i]];
            if (!subscription.Wants(item.Type))
            {
                subscription.MovePast(page.Positions[i], delivered: false);
                continue;
            }

            var error = await SendAsync(subscription, item, cancellationToken);
            if (error is not null)
            {
                subscription.Failed(item.Id, error, clock.GetUtcNow(), WebhookBackoff.After(subscription.Attempts + 1, settings.RetryBaseSeconds, settings.RetryMaxSeconds), settings.MaxAttempts);
                LogDeliveryFailed(logger, subscription.Id, item.Id, subscription.Attempts, error);
                return;
            }

            subscription.MovePast(page.Positions[i], delivered: true);
        }
    }

    /// <summary>POSTs one event, signed; null when the subscriber took it (2xx), else why not.</summary>
    private async Task<string?> SendAsync(WebhookSubscription subscription, OutboxEvent item, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(EventDto.From(item), Json);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("AfterSales-Event-Id", item.Id.ToString());
        request.Headers.Add("AfterSales-Event-Type", item.Type);
        request.Headers.Add("AfterSales-Signature", $"t={timestamp},v1={Signature(subscription.Secret, timestamp, body)}");
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("AfterSales-Webhooks", "1"));
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
            using var response = await http.CreateClient(ClientName).SendAsync(request, timeout.Token);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return ex is HttpRequestException ? ex.Message : $"No answer within {settings.TimeoutSeconds} s.";
        }
    }

    /// <summary>Hex HMAC-SHA256 of "timestamp.body" with the subscription's secret: what a subscriber computes to verify.</summary>
    public static string Signature(string secret, string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook {SubscriptionId} could not take event {EventId} (attempt {Attempt}): {Error}")]
    private static partial void LogDeliveryFailed(ILogger logger, Guid subscriptionId, Guid eventId, int attempt, string error);
}

/// <summary>
/// The wait before a later round tries a failed delivery again after the n-th failed attempt: exponential with
/// decorrelated jitter (Polly's "V2" backoff, with <c>Webhooks__RetryBaseSeconds</c> as its median first wait),
/// capped at <c>Webhooks__RetryMaxSeconds</c>. Kept in the subscription's row, so it holds across restarts.
/// </summary>
public static class WebhookBackoff
{
    public static TimeSpan After(int failures, double baseSeconds, double maxSeconds)
    {
        if (baseSeconds <= 0)
        {
            return TimeSpan.Zero;
        }

        var wait = Polly.Contrib.WaitAndRetry.Backoff.DecorrelatedJitterBackoffV2(TimeSpan.FromSeconds(baseSeconds), Math.Clamp(failures, 1, 64)).Last();
        return wait > TimeSpan.FromSeconds(maxSeconds) ? TimeSpan.FromSeconds(maxSeconds) : wait;
    }
}
