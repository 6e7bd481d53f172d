using AfterSales.Domain.Calendars;

namespace AfterSales.Application.Units;

/// <summary>
/// The calendar a new unit starts with until an admin sets its own: Taipei office hours,
/// Monday to Friday 08:30–12:00 and 13:00–17:30, no holidays yet.
/// </summary>
public static class DefaultCalendar
{
    public static WorkingCalendar Create()
    {
        IReadOnlyList<WorkingInterval> day =
        [
            new(new TimeOnly(8, 30), new TimeOnly(12, 0)),
            new(new TimeOnly(13, 0), new TimeOnly(17, 30)),
        ];
        var week = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .ToDictionary(d => d, _ => day);
        return WorkingCalendar.Create("Asia/Taipei", week);
    }
}
