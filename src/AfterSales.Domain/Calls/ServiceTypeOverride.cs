namespace AfterSales.Domain.Calls;

/// <summary>A clerk's choice of service type against the policy's, with the reason that is kept (R6).</summary>
public sealed record ServiceTypeOverride(ServiceType ServiceType, string Reason);
