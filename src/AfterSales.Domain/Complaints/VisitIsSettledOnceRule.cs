using AfterSales.Domain.Common;

namespace AfterSales.Domain.Complaints;

/// <summary>R28: once the customer has been visited (or the refusal accepted) the visit step is done.</summary>
public sealed class VisitIsSettledOnceRule(DateTimeOffset? visitSettledAt) : IStateRule
{
    public bool IsBroken() => visitSettledAt is not null;

    public string Message => "The visit has already been made, or the customer's refusal accepted.";
}
