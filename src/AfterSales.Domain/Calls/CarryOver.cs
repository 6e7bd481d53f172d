namespace AfterSales.Domain.Calls;

/// <summary>When the call's business day ends, and from when an undispatched call is Priority.</summary>
public sealed record CarryOver(DateTimeOffset BusinessDayEndsAt, DateTimeOffset PriorityFrom);
