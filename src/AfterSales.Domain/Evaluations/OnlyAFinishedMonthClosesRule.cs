using AfterSales.Domain.Common;

namespace AfterSales.Domain.Evaluations;

public sealed class OnlyAFinishedMonthClosesRule(DateOnly month, DateOnly today) : IBusinessRule
{
    public bool IsBroken() => today < month.AddMonths(1);

    public string Message => $"{month:yyyy-MM} is not over yet; a month is closed once it has ended.";
}
