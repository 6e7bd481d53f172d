using AfterSales.Domain.Common;

namespace AfterSales.Domain.Units;

/// <summary>
/// A unit's service policy: SLA hours per zone (R19), the on-site fee threshold (R10), the labour
/// rate Paid work is charged at (R6 a), and KPI targets.
/// </summary>
public sealed record ServicePolicy
{
    public ServicePolicy(decimal urbanSlaHours, decimal suburbanSlaHours, Money onSiteFeeThreshold, Money labourRatePerHour, KpiTargets targets)
    {
        if (urbanSlaHours <= 0 || suburbanSlaHours <= 0)
        {
            throw new BusinessRuleViolationException(new SlaHoursMustBePositiveRule());
        }

        UrbanSlaHours = urbanSlaHours;
        SuburbanSlaHours = suburbanSlaHours;
        OnSiteFeeThreshold = onSiteFeeThreshold;
        LabourRatePerHour = labourRatePerHour;
        Targets = targets;
    }

    /// <summary>6 urban, 7 suburban working hours (R19); a TWD 3,000 on-site threshold and TWD 800 an hour until the unit sets its own.</summary>
    public static ServicePolicy Default { get; } = new(6m, 7m, new Money(3000m, "TWD"), new Money(800m, "TWD"), KpiTargets.Default);

    public decimal UrbanSlaHours { get; }

    public decimal SuburbanSlaHours { get; }

    public Money OnSiteFeeThreshold { get; }

    public Money LabourRatePerHour { get; }

    public KpiTargets Targets { get; }

    public TimeSpan SlaFor(ServiceZone zone) => TimeSpan.FromHours((double)SlaHoursFor(zone));

    /// <summary>R19: the working hours allowed before arrival in a zone, as set (6 urban, 7 suburban by default).</summary>
    public decimal SlaHoursFor(ServiceZone zone) => zone == ServiceZone.Urban ? UrbanSlaHours : SuburbanSlaHours;
}
