using AfterSales.Domain.Common;

namespace AfterSales.Domain.Calls;

public sealed class ArrivalNeedsADispatchedCallRule(CallStatus status) : IStateRule
{
    public bool IsBroken() => status != CallStatus.Dispatched;

    public string Message => status == CallStatus.Arrived
        ? "Arrival is already recorded for this call."
        : $"A {status} call has no technician on the way; arrival cannot be recorded.";
}
