namespace AfterSales.Application.Common.Idempotency;

/// <summary>The first answer to a command sent with an Idempotency-Key, kept to replay it to retries.</summary>
public sealed class IdempotencyRecord
{
    /// <summary>The caller's staff id (or subject); keys are scoped to who sent them.</summary>
    public string Caller { get; init; } = string.Empty;

    public string Key { get; init; } = string.Empty;

    public string Command { get; init; } = string.Empty;

    /// <summary>SHA-256 of the command as received, to tell a retry from a different request.</summary>
    public string RequestHash { get; init; } = string.Empty;

    public string ResponseJson { get; init; } = string.Empty;

    public DateTimeOffset CreatedAt { get; init; }
}
