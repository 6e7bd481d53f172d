using AfterSales.Domain.Calendars;
using static AfterSales.Domain.Tests.TestSupport;

namespace AfterSales.Domain.Tests.Calendars;

public class WorkingCalendarRulesTests
{
    [Test]
    public void Unknown_time_zone_is_refused() =>
        AssertBrokenRule<CalendarTimeZoneMustBeKnownRule>(() =>
            WorkingCalendar.Create("Mars/Olympus_Mons", new Dictionary<DayOfWeek, IReadOnlyList<WorkingInterval>>()));

    [Test]
    public void Overlapping_business_hours_in_a_day_are_refused() =>
        AssertBrokenRule<WorkingIntervalsMustNotOverlapRule>(() =>
            WorkingCalendar.Create("Asia/Taipei", new Dictionary<DayOfWeek, IReadOnlyList<WorkingInterval>>
            {
                [DayOfWeek.Monday] = [new(new TimeOnly(8, 0), new TimeOnly(12, 0)), new(new TimeOnly(11, 0), new TimeOnly(17, 0))],
            }));

    [Test]
    public void A_date_cannot_be_both_holiday_and_make_up_workday()
    {
        var date = new DateOnly(2026, 12, 5);

        AssertBrokenRule<DateCannotBeHolidayAndWorkdayRule>(() =>
            WorkingCalendar.Create(
                "Asia/Taipei",
                new Dictionary<DayOfWeek, IReadOnlyList<WorkingInterval>>(),
                [date],
                [new ExtraWorkingDay(date, [new(new TimeOnly(9, 0), new TimeOnly(17, 0))])]));
    }

    [Test]
    public void Interval_ending_before_it_starts_is_refused()
    {
        var act = () => new WorkingInterval(new TimeOnly(17, 0), new TimeOnly(9, 0));

        act.Should().Throw<ArgumentException>();
    }

    [Test]
    public void Holiday_has_no_hours_and_make_up_day_has_its_own()
    {
        var week = new Dictionary<DayOfWeek, IReadOnlyList<WorkingInterval>>
        {
            [DayOfWeek.Friday] = [new(new TimeOnly(9, 0), new TimeOnly(17, 0))],
        };
        var saturday = new ExtraWorkingDay(new DateOnly(2026, 12, 5), [new(new TimeOnly(9, 0), new TimeOnly(12, 0))]);
        var calendar = WorkingCalendar.Create("Asia/Taipei", week, [new DateOnly(2026, 12, 4)], [saturday]);

        calendar.IsBusinessDay(new DateOnly(2026, 12, 4)).Should().BeFalse();
        calendar.HoursOn(new DateOnly(2026, 12, 5)).Should().Equal(saturday.Hours);
    }
}
