using AfterSales.Domain.Common;

namespace AfterSales.Domain.Calls;

public sealed class ArrivalCannotPrecedeTheCallRule(DateTimeOffset receivedAt, DateTimeOffset arrivedAt) : IBusinessRule
{
    public bool IsBroken() => arrivedAt < receivedAt;

    public string Message => "Arrival cannot be before the call was received.";
}
