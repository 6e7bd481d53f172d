namespace AfterSales.Domain.Common;

/// <summary>A record with a row version, for optimistic concurrency (ETag / If-Match).</summary>
public interface IVersioned
{
    uint Version { get; }
}
