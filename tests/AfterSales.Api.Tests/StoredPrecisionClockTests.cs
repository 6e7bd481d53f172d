using AfterSales.Infrastructure.Persistence;
using Microsoft.Extensions.Time.Testing;

namespace AfterSales.Api.Tests;

/// <summary>The API's clock reads whole microseconds, what PostgreSQL stores, so an answer's instants are the stored ones.</summary>
public class StoredPrecisionClockTests
{
    [Test]
    public void The_clock_drops_the_tenths_of_a_microsecond_the_database_would_drop()
    {
        var system = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 0, 38, 21, TimeSpan.Zero).AddTicks(3_881_981));
        var clock = new StoredPrecisionClock(system);

        clock.GetUtcNow().Should().Be(new DateTimeOffset(2026, 12, 7, 0, 38, 21, TimeSpan.Zero).AddTicks(3_881_980));
        system.Advance(TimeSpan.FromTicks(9));
        clock.GetUtcNow().Should().Be(new DateTimeOffset(2026, 12, 7, 0, 38, 21, TimeSpan.Zero).AddTicks(3_881_990), "the next whole microsecond");
    }
}
