namespace AfterSales.Domain.Common;

/// <summary>
/// A rule of the regulation that an aggregate checks before it changes. When broken, the change is
/// refused and nothing happens; the API answers with a problem whose type is the rule's name.
/// </summary>
public interface IBusinessRule
{
    bool IsBroken();

    string Message { get; }
}

/// <summary>
/// A rule about the record's current state (dispatching a closed call, arriving twice): breaking it
/// is a conflict with what already happened (409), not a bad request (422).
/// </summary>
public interface IStateRule : IBusinessRule;

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

public abstract class Entity
{
    protected static void CheckRule(IBusinessRule rule)
    {
        if (rule.IsBroken())
        {
            throw new BusinessRuleViolationException(rule);
        }
    }
}
