using AfterSales.Domain.Common;

namespace AfterSales.Domain.Archiving;

/// <summary>A2: a destruction is approved once it is proposed, and carried out once approved; each step happens once.</summary>
public sealed class DestructionMustAwaitStepRule(DestructionStatus status, DestructionStatus expected, string step) : IStateRule
{
    public bool IsBroken() => status != expected;

    public string Message => $"The destruction is {status}; {step} needs it {expected}.";
}
