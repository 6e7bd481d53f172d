namespace AfterSales.Infrastructure.Webhooks;

/// <summary>Webhook delivery (section <c>Webhooks</c>).</summary>
public sealed class WebhookSettings
{
    public const string Section = "Webhooks";

    /// <summary>Whether this instance delivers (any number of instances may; each subscription is delivered by one at a time).</summary>
    public bool Deliver { get; set; } = true;

    public double PollSeconds { get; set; } = 1;

    /// <summary>Failed attempts at one event before the subscription is dead-lettered.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; it doubles with each failure (with jitter), up to <see cref="RetryMaxSeconds"/>.</summary>
    public double RetryBaseSeconds { get; set; } = 10;

    public double RetryMaxSeconds { get; set; } = 3600;

    /// <summary>How long one delivery may take before it counts as failed.</summary>
    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>Lets webhooks call loopback addresses: for tests and a consumer on the same machine only.</summary>
    public bool AllowLoopback { get; set; }
}
