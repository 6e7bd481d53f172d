using AfterSales.Domain.Common;

namespace AfterSales.Domain.Calendars;

public sealed class CalendarTimeZoneMustBeKnownRule(string timeZoneId) : IBusinessRule
{
    public bool IsBroken() => true;

    public string Message => $"'{timeZoneId}' is not a known IANA time zone (for example Asia/Taipei).";
}

public sealed class DateCannotBeHolidayAndWorkdayRule(DateOnly date) : IBusinessRule
{
    public bool IsBroken() => true;

    public string Message => $"{date:yyyy-MM-dd} cannot be both a public holiday and a make-up workday.";
}

public sealed class WorkingIntervalsMustNotOverlapRule(string day, WorkingInterval first, WorkingInterval second) : IBusinessRule
{
    public bool IsBroken() => true;

    public string Message => $"On {day} the business hours {first} and {second} overlap.";
}

/// <summary>
/// R19 counts only business hours; a calendar with none in the coming year cannot give a deadline,
/// and must say so rather than search forever.
/// </summary>
public sealed class CalendarMustHaveWorkingTimeRule(string timeZoneId, DateTimeOffset from) : IBusinessRule
{
    public bool IsBroken() => true;

    public string Message => $"The calendar ({timeZoneId}) has no business hours in the year after {from:O}; no deadline can be counted.";
}
