namespace AfterSales.Application.Common.Interfaces;

/// <summary>What the transport carries beside the message: the client's Idempotency-Key and If-Match, if any.</summary>
public interface IRequestContext
{
    string? IdempotencyKey { get; }

    /// <summary>The version the client last read (If-Match); a change to a newer one is refused with 412.</summary>
    uint? ExpectedVersion { get; }
}
