namespace AfterSales.Application.Kpis;

/// <summary>How the figures are grouped.</summary>
public enum KpiGrouping
{
    Unit,
    Zone,
    Technician,
    Month,
}

/// <summary>
/// One figure: numerator over denominator as a percentage (none when the denominator is 0), the target in
/// force for the period, and whether it is met (at or above it; for the complaint rate, at or below).
/// </summary>
public sealed record KpiFigureDto(long Numerator, long Denominator, decimal? Percent, decimal? TargetPercent, bool? Met);

/// <summary>
/// K1 on-time rate, K2 satisfaction (rated items; beside it the card-level rate and the response rate),
/// K3 complaint rate (service-fault complaints over calls not cancelled), with complaints not yet judged apart.
/// </summary>
public sealed record KpiGroupDto(
    string Key,
    string Label,
    KpiFigureDto OnTime,
    KpiFigureDto Satisfaction,
    KpiFigureDto SatisfiedCards,
    KpiFigureDto ResponseRate,
    KpiFigureDto ComplaintRate,
    long ComplaintsNotYetJudged);

/// <summary>The KPIs of a period of days (inclusive), by group, and their total: sums of numerators over sums of denominators.</summary>
public sealed record KpiReportDto(DateOnly From, DateOnly To, KpiGrouping By, IReadOnlyList<KpiGroupDto> Groups, KpiGroupDto Total);
