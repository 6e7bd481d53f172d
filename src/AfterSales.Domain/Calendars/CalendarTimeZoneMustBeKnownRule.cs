using AfterSales.Domain.Common;

namespace AfterSales.Domain.Calendars;

public sealed class CalendarTimeZoneMustBeKnownRule(string timeZoneId) : IBusinessRule
{
    public bool IsBroken() => true;

    public string Message => $"'{timeZoneId}' is not a known IANA time zone (for example Asia/Taipei).";
}
