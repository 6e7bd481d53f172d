using AfterSales.Application.Common.Mapping;
using Mapster;
using System.Globalization;
using AfterSales.Domain.Calendars;
using AfterSales.Domain.Common;
using AfterSales.Domain.Units;

namespace AfterSales.Application.Units;

/// <summary>A service center or branch with its calendar and policy. <c>Version</c> is also sent as the ETag.</summary>
public sealed record UnitDto(Guid Id, string Name, string Code, UnitKind Kind, CalendarDto Calendar, PolicyDto Policy, uint Version) : Common.Interfaces.IHasVersion
{
    public static UnitDto From(ServiceUnit unit) =>
        new(unit.Id, unit.Name, unit.Code, unit.Kind, CalendarDto.From(unit.Calendar), PolicyDto.From(unit.Policy), unit.Version);
}

/// <summary>Business hours as "HH:mm" wall-clock times; an end of "00:00" means midnight at the end of the day.</summary>
public sealed record IntervalDto(string Start, string End);

public sealed record WeekdayHoursDto(DayOfWeek Day, IReadOnlyList<IntervalDto> Hours);

public sealed record ExtraWorkingDayDto(DateOnly Date, IReadOnlyList<IntervalDto> Hours);

/// <summary>A working calendar (R19): IANA time zone, weekly hours with breaks, public holidays and make-up workdays.</summary>
public sealed record CalendarDto(
    string TimeZone,
    IReadOnlyList<WeekdayHoursDto> WeeklyHours,
    IReadOnlyList<DateOnly>? Holidays,
    IReadOnlyList<ExtraWorkingDayDto>? ExtraWorkingDays)
{
    public const string TimeFormat = "HH:mm";

    public static CalendarDto From(WorkingCalendar calendar) => new(
        calendar.TimeZoneId,
        calendar.WeeklyHours.OrderBy(d => ((int)d.Key + 6) % 7).Select(d => new WeekdayHoursDto(d.Key, d.Value.Select(ToDto).ToList())).ToList(),
        calendar.Holidays.ToList(),
        calendar.ExtraWorkingDays.Select(e => new ExtraWorkingDayDto(e.Date, e.Hours.Select(ToDto).ToList())).ToList());

    /// <summary>Builds the domain calendar; the validator has already checked the times' format.</summary>
    public WorkingCalendar ToCalendar() => WorkingCalendar.Create(
        TimeZone,
        WeeklyHours.ToDictionary(d => d.Day, d => (IReadOnlyList<WorkingInterval>)d.Hours.Select(ToInterval).ToList()),
        Holidays,
        ExtraWorkingDays?.Select(e => new ExtraWorkingDay(e.Date, e.Hours.Select(ToInterval).ToList())));

    public static bool IsTime(string? value) =>
        TimeOnly.TryParseExact(value, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static IntervalDto ToDto(WorkingInterval i) =>
        new(i.Start.ToString(TimeFormat, CultureInfo.InvariantCulture), i.End.ToString(TimeFormat, CultureInfo.InvariantCulture));

    private static WorkingInterval ToInterval(IntervalDto i) => new(
        TimeOnly.ParseExact(i.Start, TimeFormat, CultureInfo.InvariantCulture),
        TimeOnly.ParseExact(i.End, TimeFormat, CultureInfo.InvariantCulture));
}

public sealed record MoneyDto(decimal Amount, string Currency)
{

    public Money ToMoney() => new(Amount, Currency);
}

public sealed record KpiTargetsDto(decimal OnTimeRatePercent, decimal SatisfactionPercent, decimal ComplaintRatePercent);

/// <summary>SLA working hours per zone (R19), the on-site fee threshold (R10), the labour rate for Paid work and the K1–K3 targets.</summary>
public sealed record PolicyDto(decimal UrbanSlaHours, decimal SuburbanSlaHours, MoneyDto OnSiteFeeThreshold, MoneyDto LabourRatePerHour, KpiTargetsDto Targets)
{
    public static PolicyDto From(ServicePolicy policy) => new(
        policy.UrbanSlaHours,
        policy.SuburbanSlaHours,
        policy.OnSiteFeeThreshold.Adapt<MoneyDto>(Mappings.Config),
        policy.LabourRatePerHour.Adapt<MoneyDto>(Mappings.Config),
        new KpiTargetsDto(policy.Targets.OnTimeRatePercent, policy.Targets.SatisfactionPercent, policy.Targets.ComplaintRatePercent));

    public ServicePolicy ToPolicy() => new(
        UrbanSlaHours,
        SuburbanSlaHours,
        OnSiteFeeThreshold.ToMoney(),
        LabourRatePerHour.ToMoney(),
        new KpiTargets(Targets.OnTimeRatePercent, Targets.SatisfactionPercent, Targets.ComplaintRatePercent));
}
