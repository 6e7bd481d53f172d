using AfterSales.Domain.Common;

namespace AfterSales.Domain.Units;

public sealed class SlaHoursMustBePositiveRule : IBusinessRule
{
    public bool IsBroken() => true;

    public string Message => "SLA hours must be greater than zero for both zones.";
}
