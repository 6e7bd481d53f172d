using AfterSales.Domain.Common;

namespace AfterSales.Domain.Calls;

/// <summary>R11: only a product taken away and not yet handed over can be received into the workshop.</summary>
public sealed class ProductMustBeInTransitRule(CallStatus status) : IStateRule
{
    public bool IsBroken() => status != CallStatus.InTransit;

    public string Message => status == CallStatus.InWorkshop
        ? "The product was already received into the workshop."
        : $"The call is {status}; no product is in transit to the workshop.";
}
