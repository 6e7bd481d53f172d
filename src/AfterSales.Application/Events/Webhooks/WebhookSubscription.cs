namespace AfterSales.Application.Events.Webhooks;

public enum WebhookStatus
{
    /// <summary>Events are delivered as they come, in order.</summary>
    Active,

    /// <summary>
    /// An event failed every attempt: delivery stops at it (so none after it arrives first) until an admin
    /// re-drives the subscription.
    /// </summary>
    DeadLettered,
}

/// <summary>
/// A consumer's webhook: the events it wants (all when none is named) of one unit or all, pushed in commit
/// order, signed with its secret. Delivery is at least once, from where the subscription stands in the
/// events feed (<see cref="Cursor"/>); a failed event is retried with backoff, then dead-lettered.
/// </summary>
public sealed class WebhookSubscription
{
    private List<string> _eventTypes = [];

    public Guid Id { get; init; }

    public string Url { get; init; } = string.Empty;

    public IReadOnlyList<string> EventTypes => _eventTypes;

    public Guid? UnitId { get; init; }

    /// <summary>The key of the HMAC-SHA256 signature on every delivery.</summary>
    public string Secret { get; init; } = string.Empty;

    public Guid? CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public WebhookStatus Status { get; private set; }

    /// <summary>The events feed's position after the last event delivered (or passed over as not wanted).</summary>
    public string Cursor { get; private set; } = string.Empty;

    public long Delivered { get; private set; }

    /// <summary>Failed attempts at the event delivery stands at.</summary>
    public int Attempts { get; private set; }

    public DateTimeOffset? NextAttemptAt { get; private set; }

    public Guid? FailingEventId { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset? LastErrorAt { get; private set; }

    public uint Version { get; private set; }

    /// <summary>A new subscription starts at the feed's head: it is told what happens from now on.</summary>
    public static WebhookSubscription Create(Guid id, string url, IEnumerable<string> eventTypes, Guid? unitId, string secret, string head, Guid? by, DateTimeOffset at) => new()
    {
        Id = id,
        Url = url,
        _eventTypes = eventTypes.Distinct(StringComparer.Ordinal).ToList(),
        UnitId = unitId,
        Secret = secret,
        CreatedBy = by,
        CreatedAt = at,
        Cursor = head,
    };

    public bool Wants(string eventType) => _eventTypes.Count == 0 || _eventTypes.Contains(eventType);

    /// <summary>The event at the cursor was delivered (or is not wanted): move past it.</summary>
    public void MovePast(string position, bool delivered)
    {
        Cursor = position;
        Delivered += delivered ? 1 : 0;
        Attempts = 0;
        NextAttemptAt = null;
        FailingEventId = null;
    }

    /// <summary>
    /// Delivering <paramref name="eventId"/> failed: try again after <paramref name="backoff"/>, or after
    /// <paramref name="maxAttempts"/> stop and keep the error for an admin to see.
    /// </summary>
    public void Failed(Guid eventId, string error, DateTimeOffset now, TimeSpan backoff, int maxAttempts)
    {
        Attempts++;
        FailingEventId = eventId;
        LastError = error.Length > 1000 ? error[..1000] : error;
        LastErrorAt = now;
        NextAttemptAt = now + backoff;
        if (Attempts >= maxAttempts)
        {
            Status = WebhookStatus.DeadLettered;
        }
    }

    /// <summary>An admin re-drives a dead-lettered subscription: delivery resumes at the event that failed.</summary>
    public void Redrive()
    {
        Status = WebhookStatus.Active;
        Attempts = 0;
        NextAttemptAt = null;
    }
}

/// <summary>A webhook subscription as an admin sees it (never its secret), with where delivery stands.</summary>
public sealed record WebhookSubscriptionDto(
    Guid Id,
    string Url,
    IReadOnlyList<string> EventTypes,
    Guid? UnitId,
    WebhookStatus Status,
    long Delivered,
    int Attempts,
    DateTimeOffset? NextAttemptAt,
    Guid? FailingEventId,
    string? LastError,
    DateTimeOffset? LastErrorAt,
    DateTimeOffset CreatedAt,
    uint Version) : Common.Interfaces.IHasVersion
{
    public static WebhookSubscriptionDto From(WebhookSubscription s) =>
        new(s.Id, s.Url, s.EventTypes, s.UnitId, s.Status, s.Delivered, s.Attempts, s.NextAttemptAt, s.FailingEventId, s.LastError, s.LastErrorAt, s.CreatedAt, s.Version);
}
