using AfterSales.Domain.Common;

namespace AfterSales.Domain.Calls;

/// <summary>A plain dispatch of a call that is already dispatched conflicts with its state; a reassignment says why.</summary>
public sealed class ReassignmentNeedsAReasonRule(string? reason) : IStateRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(reason);

    public string Message => "The call is already dispatched; reassigning it needs a reason, which is kept in its history.";
}
