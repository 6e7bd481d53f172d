using AfterSales.Domain.Common;

namespace AfterSales.Domain.Calls;

public sealed class CallCanBeCancelledOnlyBeforeArrivalRule(CallStatus status) : IStateRule
{
    public bool IsBroken() => status is not (CallStatus.Registered or CallStatus.Dispatched);

    public string Message => $"A {status} call cannot be cancelled; only calls nobody has reached yet can.";
}
