using AfterSales.Domain.Common;

namespace AfterSales.Domain.Calls;

public sealed class OnlyWorkshopCallsCloseOnReturnRule(CallStatus status) : IStateRule
{
    public bool IsBroken() => status != CallStatus.InWorkshop;

    public string Message => $"A {status} call has no product in the workshop.";
}
