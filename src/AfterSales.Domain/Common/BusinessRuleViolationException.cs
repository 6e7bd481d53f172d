namespace AfterSales.Domain.Common;

/// <summary>Raised when an aggregate refuses a change because a rule is broken.</summary>
public sealed class BusinessRuleViolationException(IBusinessRule rule) : Exception(rule.Message)
{
    public IBusinessRule Rule { get; } = rule;

    public bool IsStateConflict => Rule is IStateRule;

    /// <summary>The rule's name without the "Rule" suffix, stable enough to be an error type.</summary>
    public string RuleName => Rule.GetType().Name.EndsWith("Rule", StringComparison.Ordinal)
        ? Rule.GetType().Name[..^4]
        : Rule.GetType().Name;
}
