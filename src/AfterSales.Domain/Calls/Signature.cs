namespace AfterSales.Domain.Calls;

/// <summary>The customer's signature on the service certificate: who signed, when they signed (as told), and when it was recorded.</summary>
public sealed record Signature(string SignerName, DateTimeOffset SignedAt, DateTimeOffset RecordedAt);
