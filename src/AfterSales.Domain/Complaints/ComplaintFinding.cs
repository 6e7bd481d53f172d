namespace AfterSales.Domain.Complaints;

/// <summary>How a complaint was closed: whether the service was at fault (K3 counts these) and the actions taken.</summary>
public sealed record ComplaintFinding(bool ServiceFault, string Actions, Guid ClosedBy, DateTimeOffset ClosedAt);
