namespace AfterSales.Infrastructure.Persistence;

/// <summary>
/// The clock the API runs on: the system's, to the whole microsecond, which is what PostgreSQL's timestamptz keeps. An
/// instant a command answers with (its time, a deadline counted from it) is then the instant stored, and the same
/// when it is read back; with the system clock's tenths of a microsecond the two differed in the last digit.
/// </summary>
public sealed class StoredPrecisionClock(TimeProvider system) : TimeProvider
{
    public static StoredPrecisionClock OfTheSystem { get; } = new(TimeProvider.System);

    public override TimeZoneInfo LocalTimeZone => system.LocalTimeZone;

    public override long TimestampFrequency => system.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => ToStoredPrecision(system.GetUtcNow());

    public override long GetTimestamp() => system.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        system.CreateTimer(callback, state, dueTime, period);

    /// <summary>The instant without its tenths of a microsecond.</summary>
    public static DateTimeOffset ToStoredPrecision(DateTimeOffset instant) => instant.AddTicks(-(instant.Ticks % TimeSpan.TicksPerMicrosecond));
}
