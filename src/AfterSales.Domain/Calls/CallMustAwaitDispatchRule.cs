using AfterSales.Domain.Common;

namespace AfterSales.Domain.Calls;

public sealed class CallMustAwaitDispatchRule(CallStatus status) : IStateRule
{
    public bool IsBroken() => status is not (CallStatus.Registered or CallStatus.Dispatched);

    public string Message => $"A {status} call cannot be dispatched.";
}
