using AfterSales.Domain.Common;

namespace AfterSales.Domain.Units;

/// <summary>Where the customer's site is; it sets the dispatch deadline (R19).</summary>
public enum ServiceZone
{
    /// <summary>市區: 6 working hours by default.</summary>
    Urban,

    /// <summary>郊區: 7 working hours by default.</summary>
    Suburban,
}

/// <summary>
/// The targets of the drafts (K1–K3), as percentages. They are settings per organisation: one draft
/// asks 85 % satisfaction, another 94 %.
/// </summary>
public sealed record KpiTargets(decimal OnTimeRatePercent, decimal SatisfactionPercent, decimal ComplaintRatePercent)
{
    public static KpiTargets Default { get; } = new(90m, 85m, 3m);
}

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

    public TimeSpan SlaFor(ServiceZone zone) => TimeSpan.FromHours((double)(zone == ServiceZone.Urban ? UrbanSlaHours : SuburbanSlaHours));
}

public sealed class SlaHoursMustBePositiveRule : IBusinessRule
{
    public bool IsBroken() => true;

    public string Message => "SLA hours must be greater than zero for both zones.";
}
