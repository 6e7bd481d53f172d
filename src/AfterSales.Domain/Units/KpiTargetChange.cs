namespace AfterSales.Domain.Units;

/// <summary>Targets in force from a day on (K1–K3): a new target never rewrites the periods before it.</summary>
public sealed record KpiTargetChange(DateOnly EffectiveFrom, KpiTargets Targets);
