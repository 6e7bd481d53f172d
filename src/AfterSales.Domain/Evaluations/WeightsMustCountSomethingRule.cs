using AfterSales.Domain.Common;

namespace AfterSales.Domain.Evaluations;

public sealed class WeightsMustCountSomethingRule(decimal total) : IBusinessRule
{
    public bool IsBroken() => total <= 0;

    public string Message => "At least one item must have a weight above zero.";
}
