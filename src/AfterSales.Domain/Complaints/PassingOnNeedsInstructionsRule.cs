using AfterSales.Domain.Common;

namespace AfterSales.Domain.Complaints;

/// <summary>R26: a serious complaint the vice general manager passes on goes with instructions.</summary>
public sealed class PassingOnNeedsInstructionsRule(ReviewDecision decision, string? instructions) : IBusinessRule
{
    public bool IsBroken() => decision == ReviewDecision.PassedOn && string.IsNullOrWhiteSpace(instructions);

    public string Message => "Passing a serious complaint on needs instructions.";
}
