using AfterSales.Domain.Common;

namespace AfterSales.Domain.Calendars;

/// <summary>
/// R19 counts only business hours; a calendar with none in the coming year cannot give a deadline,
/// and must say so rather than search forever.
/// </summary>
public sealed class CalendarMustHaveWorkingTimeRule(string timeZoneId, DateTimeOffset from) : IBusinessRule
{
    public bool IsBroken() => true;

    public string Message => $"The calendar ({timeZoneId}) has no business hours in the year after {from:O}; no deadline can be counted.";
}
