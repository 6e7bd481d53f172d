using AfterSales.Domain.Common;

namespace AfterSales.Domain.Calls;

public sealed class OnlyFinishedCallsAreLoggedOutRule(CallStatus status) : IStateRule
{
    public bool IsBroken() => status != CallStatus.CompletedOnSite;

    public string Message => status == CallStatus.InWorkshop
        ? "A call in the workshop is closed by returning the product (close its repair card)."
        : $"A {status} call is not finished; only calls completed on site are logged out.";
}
