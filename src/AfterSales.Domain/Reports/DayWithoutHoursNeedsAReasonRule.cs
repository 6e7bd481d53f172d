using AfterSales.Domain.Common;

namespace AfterSales.Domain.Reports;

/// <summary>R15: a report of a day with no hours says why (leave, a day off in lieu).</summary>
public sealed class DayWithoutHoursNeedsAReasonRule(decimal totalHours, string? reason) : IBusinessRule
{
    public bool IsBroken() => totalHours == 0 && string.IsNullOrWhiteSpace(reason);

    public string Message => "The day has no hours; give the reason (noHoursReason), such as leave.";
}
