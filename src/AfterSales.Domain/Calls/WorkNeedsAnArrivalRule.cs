using AfterSales.Domain.Common;

namespace AfterSales.Domain.Calls;

public sealed class WorkNeedsAnArrivalRule(CallStatus status) : IStateRule
{
    public bool IsBroken() => status != CallStatus.Arrived;

    public string Message => status switch
    {
        CallStatus.InWorkshop => "The product was taken to the workshop; the call is finished through its repair card.",
        CallStatus.CompletedOnSite => "The call is already finished on site.",
        _ => $"A {status} call has no technician on site yet.",
    };
}
