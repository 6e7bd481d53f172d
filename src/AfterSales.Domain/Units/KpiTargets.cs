namespace AfterSales.Domain.Units;

/// <summary>
/// The targets of the drafts (K1–K3), as percentages. They are settings per organisation: one draft
/// asks 85 % satisfaction, another 94 %.
/// </summary>
public sealed record KpiTargets(decimal OnTimeRatePercent, decimal SatisfactionPercent, decimal ComplaintRatePercent)
{
    public static KpiTargets Default { get; } = new(90m, 85m, 3m);
}
