using AfterSales.Domain.Common;

namespace AfterSales.Domain.Calls;

/// <summary>An appointment is for a visit still to come: once the technician is on site there is nothing to agree.</summary>
public sealed class AppointmentNeedsACallAwaitingArrivalRule(CallStatus status) : IStateRule
{
    public bool IsBroken() => !AwaitingArrival.Is(status);

    public string Message => $"A {status} call has no visit left to agree.";
}

public sealed class AppointmentWindowMustEndAfterItStartsRule(DateTimeOffset notBefore, DateTimeOffset? until) : IBusinessRule
{
    public bool IsBroken() => until is { } end && end <= notBefore;

    public string Message => "An appointment window must end after it starts.";
}

/// <summary>A customer asks for a later visit, never for one before the call was made.</summary>
public sealed class AppointmentCannotPrecedeTheCallRule(DateTimeOffset receivedAt, DateTimeOffset notBefore) : IBusinessRule
{
    public bool IsBroken() => notBefore < receivedAt;

    public string Message => $"An appointment cannot be before the call ({receivedAt:O}).";
}

/// <summary>Nobody at home is recorded by the technician sent, on a visit made after the dispatch.</summary>
public sealed class NotAtHomeNeedsADispatchedCallRule(CallStatus status) : IStateRule
{
    public bool IsBroken() => status != CallStatus.Dispatched;

    public string Message => $"A {status} call has no visit under way to find the customer away.";
}
