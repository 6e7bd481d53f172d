using AfterSales.Domain.Calendars;
using AfterSales.Domain.Common;
using AfterSales.Domain.Units;
using static AfterSales.Domain.Tests.TestSupport;

namespace AfterSales.Domain.Tests.Calendars;

/// <summary>R19: 6 working hours in town, 7 in the suburbs, counted only inside business hours.</summary>
public class DispatchDeadlineTests
{
    private static readonly WorkingInterval Morning = new(new TimeOnly(8, 30), new TimeOnly(12, 0));
    private static readonly WorkingInterval Afternoon = new(new TimeOnly(13, 0), new TimeOnly(17, 30));

    private static Dictionary<DayOfWeek, IReadOnlyList<WorkingInterval>> OfficeWeek() => new()
    {
        [DayOfWeek.Monday] = [Morning, Afternoon],
        [DayOfWeek.Tuesday] = [Morning, Afternoon],
        [DayOfWeek.Wednesday] = [Morning, Afternoon],
        [DayOfWeek.Thursday] = [Morning, Afternoon],
        [DayOfWeek.Friday] = [Morning, Afternoon],
    };

    private static WorkingCalendar Taipei(IEnumerable<DateOnly>? holidays = null, IEnumerable<ExtraWorkingDay>? extra = null) =>
        WorkingCalendar.Create("Asia/Taipei", OfficeWeek(), holidays, extra);

    private static DateTimeOffset Due(WorkingCalendar calendar, string receivedAt, ServiceZone zone = ServiceZone.Urban) =>
        DispatchDeadlinePolicy.DueAt(At(receivedAt), zone, ServicePolicy.Default, calendar);

    [Test]
    public void Urban_call_received_inside_hours_is_due_six_working_hours_later_skipping_lunch() =>
        Due(Taipei(), "2026-12-01T09:00:00+08:00").Should().Be(At("2026-12-01T16:00:00+08:00"));

    [Test]
    public void Call_received_before_opening_starts_counting_at_opening() =>
        Due(Taipei(), "2026-12-01T07:00:00+08:00").Should().Be(At("2026-12-01T15:30:00+08:00"));

    [Test]
    public void Call_received_after_closing_starts_counting_at_next_morning_opening() =>
        Due(Taipei(), "2026-12-01T18:00:00+08:00").Should().Be(At("2026-12-02T15:30:00+08:00"));

    [Test]
    public void Call_received_during_lunch_break_starts_counting_when_the_break_ends() =>
        Due(Taipei(), "2026-12-01T12:30:00+08:00").Should().Be(At("2026-12-02T10:00:00+08:00"));

    [Test]
    public void Deadline_runs_across_a_night_into_the_next_working_day() =>
        Due(Taipei(), "2026-12-01T16:00:00+08:00").Should().Be(At("2026-12-02T14:00:00+08:00"));

    [Test]
    public void Urban_call_received_Friday_afternoon_is_due_Monday_after_lunch() =>
        Due(Taipei(), "2026-12-04T16:00:00+08:00").Should().Be(At("2026-12-07T14:00:00+08:00"));

    [Test]
    public void Suburban_call_gets_seven_working_hours_where_urban_gets_six()
    {
        Due(Taipei(), "2026-12-04T16:00:00+08:00", ServiceZone.Suburban).Should().Be(At("2026-12-07T15:00:00+08:00"));
        Due(Taipei(), "2026-12-04T16:00:00+08:00", ServiceZone.Urban).Should().Be(At("2026-12-07T14:00:00+08:00"));
    }

    [Test]
    public void Public_holiday_is_skipped_like_a_weekend()
    {
        var calendar = Taipei(holidays: [new DateOnly(2027, 1, 1)]);

        // Thursday 31 December 16:00: Friday 1 January is a holiday, so the rest falls on Monday.
        Due(calendar, "2026-12-31T16:00:00+08:00").Should().Be(At("2027-01-04T14:00:00+08:00"));
    }

    [Test]
    public void Make_up_workday_on_a_Saturday_counts_as_working_time()
    {
        var calendar = Taipei(extra: [new ExtraWorkingDay(new DateOnly(2026, 12, 5), [Morning, Afternoon])]);

        Due(calendar, "2026-12-04T16:00:00+08:00").Should().Be(At("2026-12-05T14:00:00+08:00"));
    }

    [Test]
    public void Work_that_fits_exactly_is_due_at_closing_not_at_next_opening()
    {
        var eightHours = new ServicePolicy(8m, 8m, new Money(3000m, "TWD"), new Money(800m, "TWD"), KpiTargets.Default);

        DispatchDeadlinePolicy.DueAt(At("2026-12-01T08:30:00+08:00"), ServiceZone.Urban, eightHours, Taipei())
            .Should().Be(At("2026-12-01T17:30:00+08:00"));
    }

    [Test]
    public void Deadline_across_a_weekend_with_a_daylight_saving_change_uses_the_new_offset()
    {
        var calendar = WorkingCalendar.Create("America/New_York", OfficeWeek());

        // Clocks go forward on Sunday 8 March 2026; Monday's 14:00 is EDT (-04:00), not EST.
        var due = Due(calendar, "2026-03-06T16:00:00-05:00");

        due.Should().Be(At("2026-03-09T14:00:00-04:00"));
        due.Offset.Should().Be(TimeSpan.FromHours(-4));
    }

    [Test]
    public void Spring_forward_night_shift_has_one_real_hour_less()
    {
        IReadOnlyList<WorkingInterval> night = [new(new TimeOnly(0, 0), new TimeOnly(6, 0))];
        var calendar = WorkingCalendar.Create("America/New_York", new Dictionary<DayOfWeek, IReadOnlyList<WorkingInterval>>
        {
            [DayOfWeek.Sunday] = night,
            [DayOfWeek.Monday] = night,
        });

        // 00:00–06:00 on 8 March 2026 lasts 5 real hours; the sixth hour is Monday 00:00–01:00.
        Due(calendar, "2026-03-08T00:00:00-05:00").Should().Be(At("2026-03-09T01:00:00-04:00"));
        calendar.WorkingTimeBetween(At("2026-03-08T00:00:00-05:00"), At("2026-03-08T06:00:00-04:00"))
            .Should().Be(TimeSpan.FromHours(5));
    }

    [Test]
    public void Fall_back_night_shift_has_one_real_hour_more()
    {
        IReadOnlyList<WorkingInterval> night = [new(new TimeOnly(0, 0), new TimeOnly(6, 0))];
        var calendar = WorkingCalendar.Create("America/New_York", new Dictionary<DayOfWeek, IReadOnlyList<WorkingInterval>>
        {
            [DayOfWeek.Sunday] = night,
        });

        // 00:00–06:00 on 1 November 2026 lasts 7 real hours: six of them end at 05:00 EST.
        Due(calendar, "2026-11-01T00:00:00-04:00").Should().Be(At("2026-11-01T05:00:00-05:00"));
        calendar.WorkingTimeBetween(At("2026-11-01T00:00:00-04:00"), At("2026-11-01T06:00:00-05:00"))
            .Should().Be(TimeSpan.FromHours(7));
    }

    [Test]
    public void Opening_time_skipped_by_spring_forward_opens_when_the_clock_jumps()
    {
        var calendar = WorkingCalendar.Create("America/New_York", new Dictionary<DayOfWeek, IReadOnlyList<WorkingInterval>>
        {
            [DayOfWeek.Sunday] = [new(new TimeOnly(2, 30), new TimeOnly(9, 0))],
        });

        // 02:30 does not exist on 8 March 2026; the unit is open from 03:00 EDT (07:00Z).
        calendar.Periods(new DateOnly(2026, 3, 8)).Should().ContainSingle()
            .Which.Start.Should().Be(At("2026-03-08T07:00:00Z"));
    }

    [Test]
    public void Round_the_clock_calendar_counts_every_hour()
    {
        IReadOnlyList<WorkingInterval> allDay = [new(TimeOnly.MinValue, TimeOnly.MinValue)];
        var calendar = WorkingCalendar.Create("Asia/Taipei", Enum.GetValues<DayOfWeek>().ToDictionary(d => d, _ => allDay));

        Due(calendar, "2026-12-05T22:00:00+08:00").Should().Be(At("2026-12-06T04:00:00+08:00"));
    }

    [Test]
    public void Calendar_with_no_working_time_in_the_coming_year_is_a_domain_error_not_a_hang()
    {
        var closed = WorkingCalendar.Create("Asia/Taipei", new Dictionary<DayOfWeek, IReadOnlyList<WorkingInterval>>());

        AssertBrokenRule<CalendarMustHaveWorkingTimeRule>(() => Due(closed, "2026-12-01T09:00:00+08:00"));
    }

    [Test]
    public void Arrival_after_the_deadline_is_a_breach_missed_by_working_time_only()
    {
        var calendar = Taipei();
        var due = At("2026-12-04T17:00:00+08:00");

        // Friday 17:00 due, Monday 09:30 arrival: 0.5 h on Friday and 1 h on Monday; the weekend does not count.
        var outcome = DispatchDeadlinePolicy.Judge(due, At("2026-12-07T09:30:00+08:00"), calendar);

        outcome.Should().Be(new ArrivalOutcome(false, TimeSpan.FromHours(1.5)));
    }

    [Test]
    public void Arrival_on_or_before_the_deadline_meets_it()
    {
        var due = At("2026-12-04T17:00:00+08:00");

        DispatchDeadlinePolicy.Judge(due, due, Taipei()).Should().Be(new ArrivalOutcome(true, TimeSpan.Zero));
    }

    [Test]
    public void Working_time_between_two_instants_skips_breaks_nights_and_weekends() =>
        Taipei().WorkingTimeBetween(At("2026-12-04T11:00:00+08:00"), At("2026-12-07T10:00:00+08:00"))
            .Should().Be(TimeSpan.FromHours(1 + 4.5 + 1.5));
}
