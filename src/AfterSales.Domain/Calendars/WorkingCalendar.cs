using AfterSales.Domain.Common;

namespace AfterSales.Domain.Calendars;

/// <summary>
/// A unit's business hours (R19): a time zone, hours per weekday with breaks, public holidays and
/// make-up workdays. Working time is real elapsed time while the unit's wall clock shows a business
/// hour, so daylight-saving changes count as the hours the technician really had.
/// Pure: no clock and no I/O; every instant is an argument.
/// </summary>
public sealed class WorkingCalendar
{
    /// <summary>How far ahead to look for working time before calling the calendar empty.</summary>
    private const int MaxDaysWithoutWork = 366;

    private readonly Dictionary<DayOfWeek, IReadOnlyList<WorkingInterval>> _weeklyHours;
    private readonly HashSet<DateOnly> _holidays;
    private readonly Dictionary<DateOnly, ExtraWorkingDay> _extraWorkingDays;

    /// <summary>Declared closures (停班停課), merged and in order: spans whose working time does not count.</summary>
    private readonly IReadOnlyList<(DateTimeOffset From, DateTimeOffset To)> _closed;

    private WorkingCalendar(
        TimeZoneInfo zone,
        Dictionary<DayOfWeek, IReadOnlyList<WorkingInterval>> weeklyHours,
        HashSet<DateOnly> holidays,
        Dictionary<DateOnly, ExtraWorkingDay> extraWorkingDays,
        IReadOnlyList<(DateTimeOffset From, DateTimeOffset To)>? closed = null)
    {
        Zone = zone;
        _weeklyHours = weeklyHours;
        _holidays = holidays;
        _extraWorkingDays = extraWorkingDays;
        _closed = closed ?? [];
    }

    public TimeZoneInfo Zone { get; }

    public string TimeZoneId => Zone.Id;

    public IReadOnlyDictionary<DayOfWeek, IReadOnlyList<WorkingInterval>> WeeklyHours => _weeklyHours;

    public IReadOnlyCollection<DateOnly> Holidays => _holidays.Order().ToList();

    public IReadOnlyCollection<ExtraWorkingDay> ExtraWorkingDays => _extraWorkingDays.Values.OrderBy(d => d.Date).ToList();

    /// <summary>
    /// Builds a calendar, refusing what cannot be a business calendar: an unknown zone, overlapping
    /// intervals in a day, or a date that is both a holiday and a make-up workday.
    /// </summary>
    public static WorkingCalendar Create(
        string timeZoneId,
        IReadOnlyDictionary<DayOfWeek, IReadOnlyList<WorkingInterval>> weeklyHours,
        IEnumerable<DateOnly>? holidays = null,
        IEnumerable<ExtraWorkingDay>? extraWorkingDays = null)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone))
        {
            throw new BusinessRuleViolationException(new CalendarTimeZoneMustBeKnownRule(timeZoneId));
        }

        var weekly = new Dictionary<DayOfWeek, IReadOnlyList<WorkingInterval>>();
        foreach (var (day, intervals) in weeklyHours)
        {
            weekly[day] = Sorted(intervals, day.ToString());
        }

        var holidaySet = new HashSet<DateOnly>(holidays ?? []);
        var extras = new Dictionary<DateOnly, ExtraWorkingDay>();
        foreach (var extra in extraWorkingDays ?? [])
        {
            if (holidaySet.Contains(extra.Date))
            {
                throw new BusinessRuleViolationException(new DateCannotBeHolidayAndWorkdayRule(extra.Date));
            }

            if (!extras.TryAdd(extra.Date, extra with { Hours = Sorted(extra.Hours, extra.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) }))
            {
                throw new ArgumentException($"Make-up workday {extra.Date:yyyy-MM-dd} is listed twice.");
            }
        }

        return new WorkingCalendar(zone, weekly, holidaySet, extras);
    }

    /// <summary>The spans declared closed (merged, in order); empty on a calendar as the unit keeps it.</summary>
    public IReadOnlyList<(DateTimeOffset From, DateTimeOffset To)> Closed => _closed;

    /// <summary>
    /// This calendar with declared closures (these, in place of any it had) taken out of its working time
    /// (R19 with 停班停課). Overlapping or touching closures merge; an empty or inverted span closes nothing.
    /// </summary>
    public WorkingCalendar WithClosures(IEnumerable<(DateTimeOffset From, DateTimeOffset To)> closures)
    {
        var merged = new List<(DateTimeOffset From, DateTimeOffset To)>();
        foreach (var (from, to) in closures.Where(c => c.To > c.From).OrderBy(c => c.From))
        {
            if (merged.Count > 0 && from <= merged[^1].To)
            {
                merged[^1] = (merged[^1].From, to > merged[^1].To ? to : merged[^1].To);
            }
            else
            {
                merged.Add((from, to));
            }
        }

        return new WorkingCalendar(Zone, _weeklyHours, _holidays, _extraWorkingDays, merged);
    }

    /// <summary>This calendar as the unit keeps it: its business hours, with no declared closure.</summary>
    public WorkingCalendar WithoutClosures() => _closed.Count == 0 ? this : new WorkingCalendar(Zone, _weeklyHours, _holidays, _extraWorkingDays);

    /// <summary>
    /// A deadline <paramref name="due"/> that was counted from <paramref name="from"/> on the calendar alone,
    /// moved later by exactly the working time the closures take out of [from, due). With no closure in that
    /// span it stays where it is, so a closure never makes a deadline earlier, and taking a closure back
    /// gives the deadline it had before.
    /// </summary>
    public DateTimeOffset MoveForClosures(DateTimeOffset from, DateTimeOffset due)
    {
        if (_closed.Count == 0 || due <= from)
        {
            return due;
        }

        var lost = WithoutClosures().WorkingTimeBetween(from, due) - WorkingTimeBetween(from, due);
        return lost <= TimeSpan.Zero ? due : AddWorkingTime(due, lost);
    }

    /// <summary>The business hours of one local date: a make-up workday's own, none on a holiday, else the weekday's.</summary>
    public IReadOnlyList<WorkingInterval> HoursOn(DateOnly date)
    {
        if (_extraWorkingDays.TryGetValue(date, out var extra))
        {
            return extra.Hours;
        }

        if (_holidays.Contains(date))
        {
            return [];
        }

        return _weeklyHours.TryGetValue(date.DayOfWeek, out var hours) ? hours : [];
    }

    public bool IsBusinessDay(DateOnly date) => Periods(date).Count > 0;

    /// <summary>The opening of the first business day after <paramref name="date"/>; null when none comes within a year.</summary>
    public DateTimeOffset? FirstOpeningAfter(DateOnly date)
    {
        for (var day = date.AddDays(1); day <= date.AddDays(MaxDaysWithoutWork + 1); day = day.AddDays(1))
        {
            var periods = Periods(day);
            if (periods.Count > 0)
            {
                return periods[0].Start;
            }
        }

        return null;
    }

    /// <summary>The business hours of a local date as instants, in order, empty ones dropped.</summary>
    public IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> Periods(DateOnly date)
    {
        var hours = HoursOn(date);
        var periods = new List<(DateTimeOffset, DateTimeOffset)>(hours.Count);
        var midnight = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        foreach (var interval in hours)
        {
            var start = ToInstant(midnight + interval.Start.ToTimeSpan());
            var end = ToInstant(midnight + interval.EndOfDayOffset);
            if (end > start)
            {
                AddOpen(periods, start, end);
            }
        }

        return periods;
    }

    /// <summary>Adds the parts of a business period that no declared closure covers.</summary>
    private void AddOpen(List<(DateTimeOffset, DateTimeOffset)> periods, DateTimeOffset start, DateTimeOffset end)
    {
        var open = start;
        foreach (var (closedFrom, closedTo) in _closed)
        {
            if (closedTo <= open)
            {
                continue;
            }

            if (closedFrom >= end)
            {
                break;
            }

            if (closedFrom > open)
            {
                periods.Add((open, closedFrom));
            }

            open = closedTo;
            if (open >= end)
            {
                return;
            }
        }

        periods.Add((open, end));
    }

    /// <summary>
    /// The first instant of a local date, whatever the zone does at midnight: where the clock skips
    /// midnight (America/Havana, America/Santiago) the day starts when the clock jumps past it; where
    /// it shows midnight twice, at the first. A day's instants are [StartOfDay(d), StartOfDay(d + 1)).
    /// </summary>
    public DateTimeOffset StartOfDay(DateOnly date) => ToInstant(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified));

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>
    /// The instant at which <paramref name="amount"/> of working time has passed since
    /// <paramref name="from"/>. Time outside business hours does not count, so a call received at
    /// night starts counting at the next opening. A period's end is itself a valid answer: work that
    /// fits exactly is due at closing, not at the next opening.
    /// </summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset from, TimeSpan amount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(amount, TimeSpan.Zero);
        var remaining = amount;
        var daysWithoutWork = 0;
        for (var date = LocalDate(from); ; date = date.AddDays(1))
        {
            var countedToday = false;
            foreach (var (start, end) in Periods(date))
            {
                var countFrom = start > from ? start : from;
                if (countFrom >= end)
                {
                    continue;
                }

                countedToday = true;
                var available = end - countFrom;
                if (available >= remaining)
                {
                    return TimeZoneInfo.ConvertTime(countFrom + remaining, Zone);
                }

                remaining -= available;
            }

            daysWithoutWork = countedToday ? 0 : daysWithoutWork + 1;
            if (daysWithoutWork > MaxDaysWithoutWork)
            {
                throw new BusinessRuleViolationException(new CalendarMustHaveWorkingTimeRule(TimeZoneId, from));
            }
        }
    }

    /// <summary>Working time between two instants; zero when <paramref name="to"/> is not after <paramref name="from"/>.</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        var total = TimeSpan.Zero;
        var last = LocalDate(to);
        for (var date = LocalDate(from); date <= last; date = date.AddDays(1))
        {
            foreach (var (start, end) in Periods(date))
            {
                var overlapStart = start > from ? start : from;
                var overlapEnd = end < to ? end : to;
                if (overlapEnd > overlapStart)
                {
                    total += overlapEnd - overlapStart;
                }
            }
        }

        return total;
    }

    /// <summary>
    /// The first instant at which the wall clock reads <paramref name="local"/> or later. A time that
    /// the clock shows twice (fall-back) is its first occurrence; a time skipped by spring-forward is
    /// the moment the clock jumps past it. The mapping never goes backwards, so periods never overlap.
    /// </summary>
    private DateTimeOffset ToInstant(DateTime local)
    {
        if (Zone.IsAmbiguousTime(local))
        {
            var largestOffset = Zone.GetAmbiguousTimeOffsets(local).Max();
            return new DateTimeOffset(local, largestOffset);
        }

        if (Zone.IsInvalidTime(local))
        {
            // Transitions fall on whole minutes in every zone of the tz database.
            var after = new DateTime(local.Ticks - (local.Ticks % TimeSpan.TicksPerMinute), DateTimeKind.Unspecified);
            do
            {
                after = after.AddMinutes(1);
            }
            while (Zone.IsInvalidTime(after));

            return new DateTimeOffset(after, Zone.GetUtcOffset(after));
        }

        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    private static List<WorkingInterval> Sorted(IReadOnlyList<WorkingInterval> intervals, string day)
    {
        var sorted = intervals.OrderBy(i => i.Start).ToList();
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i - 1].EndsAtMidnight || sorted[i - 1].End > sorted[i].Start)
            {
                throw new BusinessRuleViolationException(new WorkingIntervalsMustNotOverlapRule(day, sorted[i - 1], sorted[i]));
            }
        }

        return sorted;
    }
}
