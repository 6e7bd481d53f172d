namespace AfterSales.Application.Common.Interfaces;

/// <summary>What the transport carries beside the message: the client's Idempotency-Key, if any.</summary>
public interface IRequestContext
{
    string? IdempotencyKey { get; }
}
