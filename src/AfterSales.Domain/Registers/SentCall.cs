using AfterSales.Domain.Calls;

namespace AfterSales.Domain.Registers;

/// <summary>A line of the day's call register as it was sent: the call, its number, the customer, where it stood.</summary>
public sealed record SentCall(Guid CallId, string Number, string CustomerName, CallStatus Status, Guid? TechnicianId);
