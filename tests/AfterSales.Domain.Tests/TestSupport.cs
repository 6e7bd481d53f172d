using AfterSales.Domain.Common;

namespace AfterSales.Domain.Tests;

internal static class TestSupport
{
    /// <summary>Asserts that the action is refused by exactly the named business rule.</summary>
    public static void AssertBrokenRule<TRule>(Action action)
        where TRule : IBusinessRule
    {
        var thrown = action.Should().Throw<BusinessRuleViolationException>().Which;
        thrown.Rule.Should().BeOfType<TRule>();
    }

    public static DateTimeOffset At(string isoWithOffset) =>
        DateTimeOffset.Parse(isoWithOffset, System.Globalization.CultureInfo.InvariantCulture);
}
