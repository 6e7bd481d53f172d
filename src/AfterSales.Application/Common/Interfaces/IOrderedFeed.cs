namespace AfterSales.Application.Common.Interfaces;

/// <summary>The feeds an outside system pulls page by page.</summary>
public enum FeedName
{
    /// <summary>Invoice requests, for the accounting system.</summary>
    InvoiceRequests,

    /// <summary>Parts used on calls and repair cards, for the inventory ledger (R3).</summary>
    PartsUsage,

    /// <summary>Domain events from the transactional outbox.</summary>
    Events,
}

/// <summary>One page of a feed: the ids in feed order, the cursor after each, and the cursor to resume after them all.</summary>
public sealed record FeedPage(IReadOnlyList<Guid> Ids, string? NextCursor)
{
    public IReadOnlyList<string> Positions { get; init; } = [];
}

/// <summary>
/// A feed in a stable order that never skips a row, even when writers commit in another order than
/// they started: a reader only sees rows whose transactions can no longer be overtaken by an older
/// one still running. Delivery is at least once: resume from the last cursor you processed.
/// </summary>
public interface IOrderedFeed
{
    Task<FeedPage> ReadAsync(FeedName feed, Guid? unitId, string? cursor, int limit, CancellationToken cancellationToken);

    /// <summary>The cursor after the last row a reader can see now: reading from it gives only what comes later.</summary>
    Task<string> HeadAsync(FeedName feed, CancellationToken cancellationToken);
}
