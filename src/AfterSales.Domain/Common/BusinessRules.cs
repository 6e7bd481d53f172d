namespace AfterSales.Domain.Common;

public static class BusinessRules
{
    /// <summary>Refuses the change when the rule is broken; for rules that span aggregates.</summary>
    public static void Check(IBusinessRule rule)
    {
        if (rule.IsBroken())
        {
            throw new BusinessRuleViolationException(rule);
        }
    }
}
