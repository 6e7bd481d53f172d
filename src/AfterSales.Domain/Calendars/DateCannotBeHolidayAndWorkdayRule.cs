using AfterSales.Domain.Common;

namespace AfterSales.Domain.Calendars;

public sealed class DateCannotBeHolidayAndWorkdayRule(DateOnly date) : IBusinessRule
{
    public bool IsBroken() => true;

    public string Message => $"{date:yyyy-MM-dd} cannot be both a public holiday and a make-up workday.";
}
