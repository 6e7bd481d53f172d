using AfterSales.Domain.Common;

namespace AfterSales.Domain.Reports;

/// <summary>R15: a day is reported once it has begun (usually at its end); a future day has nothing to confirm.</summary>
public sealed class ReportedDayMustHaveBegunRule(DateOnly date, DateOnly today) : IBusinessRule
{
    public bool IsBroken() => date > today;

    public string Message => $"{date:yyyy-MM-dd} has not begun yet (today is {today:yyyy-MM-dd} in the unit).";
}
