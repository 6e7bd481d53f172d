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

    [TestCase("America/Havana", 2026, 3, 8, "2026-03-08T05:00:00Z")]
    [TestCase("America/Santiago", 2026, 9, 6, "2026-09-06T04:00:00Z")]
    [TestCase("Asia/Beirut", 2026, 3, 29, "2026-03-28T22:00:00Z")]
    [TestCase("Asia/Taipei", 2026, 11, 20, "2026-11-19T16:00:00Z")]
    public void A_day_starts_at_its_first_instant_even_when_the_clock_skips_midnight(string zone, int year, int month, int day, string expected)
    {
        var calendar = WorkingCalendar.Create(zone, new Dictionary<DayOfWeek, IReadOnlyList<WorkingInterval>>());
        var date = new DateOnly(year, month, day);

        var start = calendar.StartOfDay(date);

        start.Should().Be(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        calendar.LocalDate(start).Should().Be(date);
        calendar.LocalDate(start.AddTicks(-1)).Should().Be(date.AddDays(-1));
    }
}
