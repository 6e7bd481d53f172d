namespace AfterSales.Domain.Calendars;

/// <summary>The R19 verdict on an arrival; breaches count against the on-time KPI (K1).</summary>
public sealed record ArrivalOutcome(bool DeadlineMet, TimeSpan MissedBy);
