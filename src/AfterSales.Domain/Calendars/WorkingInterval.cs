namespace AfterSales.Domain.Calendars;

/// <summary>
/// One stretch of business hours in a day, in the unit's wall-clock time. An end of 00:00 means
/// midnight at the end of the day, so a round-the-clock day is 00:00–00:00.
/// </summary>
public sealed record WorkingInterval
{
    public WorkingInterval(TimeOnly start, TimeOnly end)
    {
        if (end != TimeOnly.MinValue && end <= start)
        {
            throw new ArgumentException($"A working interval must end after it starts ({start:HH\\:mm}–{end:HH\\:mm}).");
        }

        Start = start;
        End = end;
    }

    public TimeOnly Start { get; }

    public TimeOnly End { get; }

    public bool EndsAtMidnight => End == TimeOnly.MinValue;

    internal TimeSpan EndOfDayOffset => EndsAtMidnight ? TimeSpan.FromDays(1) : End.ToTimeSpan();

    public override string ToString() => $"{Start:HH\\:mm}–{End:HH\\:mm}";
}
