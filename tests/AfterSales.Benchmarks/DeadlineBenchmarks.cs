using System.Globalization;
using AfterSales.Domain.Billing;
using AfterSales.Domain.Calendars;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Common;
using AfterSales.Domain.Units;
using BenchmarkDotNet.Attributes;

namespace AfterSales.Benchmarks;

/// <summary>
/// The domain computations every call registration and arrival runs: R19 deadlines (across a
/// weekend and across a long holiday), R18 carry-over, and a fee from its lines. Time and
/// allocations per operation; the API's own cost is measured against 127.0.0.1 separately.
/// </summary>
[MemoryDiagnoser]
public class DeadlineBenchmarks
{
    private static readonly DateTimeOffset FridayAfternoon = DateTimeOffset.Parse("2026-12-04T16:00:00+08:00", CultureInfo.InvariantCulture);
    private static readonly DateTimeOffset BeforeNewYear = DateTimeOffset.Parse("2026-12-31T16:00:00+08:00", CultureInfo.InvariantCulture);

    private WorkingCalendar _office = null!;
    private WorkingCalendar _longHoliday = null!;
    private PartUsed[] _parts = null!;

    [GlobalSetup]
    public void Setup()
    {
        IReadOnlyList<WorkingInterval> day = [new(new TimeOnly(8, 30), new TimeOnly(12, 0)), new(new TimeOnly(13, 0), new TimeOnly(17, 30))];
        var week = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }.ToDictionary(d => d, _ => day);
        _office = WorkingCalendar.Create("Asia/Taipei", week);
        var newYear = Enumerable.Range(0, 10).Select(i => new DateOnly(2027, 1, 1).AddDays(i));
        _longHoliday = WorkingCalendar.Create("Asia/Taipei", week, newYear);
        _parts = Enumerable.Range(1, 10).Select(i => new PartUsed($"P-{i}", i, new Money(12.345m * i, "TWD"))).ToArray();
    }

    [Benchmark(Baseline = true)]
    public DateTimeOffset UrbanDeadlineAcrossAWeekend() =>
        DispatchDeadlinePolicy.DueAt(FridayAfternoon, ServiceZone.Urban, ServicePolicy.Default, _office);

    [Benchmark]
    public DateTimeOffset SuburbanDeadlineAcrossTenDaysOfHolidays() =>
        DispatchDeadlinePolicy.DueAt(BeforeNewYear, ServiceZone.Suburban, ServicePolicy.Default, _longHoliday);

    [Benchmark]
    public CarryOver CarryOverFromFridayEvening() => CarryOverPolicy.For(FridayAfternoon.AddHours(3), _office);

    [Benchmark]
    public Money FeeOfTenPartLines() =>
        FeePolicy.Total(FeePolicy.Charges(ServiceType.Paid, 2.5m, _parts, new Money(800m, "TWD")), "TWD");
}
