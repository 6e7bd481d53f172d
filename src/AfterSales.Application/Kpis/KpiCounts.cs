using AfterSales.Domain.Units;

namespace AfterSales.Application.Kpis;

/// <summary>The raw counts behind a group's KPIs, summed across units before any rate is taken (K1–K3).</summary>
internal sealed record KpiCounts(
    long OnTime,
    long Late,
    long NotCancelled,
    long SatisfiedItems,
    long AnsweredItems,
    long SatisfiedCards,
    long AnsweredCards,
    long ReturnedCards,
    long SentCards,
    long FaultComplaints,
    long UnjudgedComplaints)
{
    public static readonly KpiCounts None = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public static KpiCounts operator +(KpiCounts a, KpiCounts b) => new(
        a.OnTime + b.OnTime, a.Late + b.Late, a.NotCancelled + b.NotCancelled, a.SatisfiedItems + b.SatisfiedItems, a.AnsweredItems + b.AnsweredItems,
        a.SatisfiedCards + b.SatisfiedCards, a.AnsweredCards + b.AnsweredCards, a.ReturnedCards + b.ReturnedCards, a.SentCards + b.SentCards,
        a.FaultComplaints + b.FaultComplaints, a.UnjudgedComplaints + b.UnjudgedComplaints);

    /// <summary>The group's figures against <paramref name="targets"/> (none when the group's units disagree on them).</summary>
    public KpiGroupDto ToGroup(string key, string label, KpiTargets? targets) => new(
        key,
        label,
        Figure(OnTime, OnTime + Late, targets?.OnTimeRatePercent, higherIsBetter: true),
        Figure(SatisfiedItems, AnsweredItems, targets?.SatisfactionPercent, higherIsBetter: true),
        Figure(SatisfiedCards, AnsweredCards, null, higherIsBetter: true),
        Figure(ReturnedCards, SentCards, null, higherIsBetter: true),
        Figure(FaultComplaints, NotCancelled, targets?.ComplaintRatePercent, higherIsBetter: false),
        UnjudgedComplaints);

    private static KpiFigureDto Figure(long numerator, long denominator, decimal? target, bool higherIsBetter)
    {
        decimal? percent = denominator == 0 ? null : Math.Round(100m * numerator / denominator, 2);
        bool? met = percent is { } p && target is { } t ? (higherIsBetter ? p >= t : p <= t) : null;
        return new KpiFigureDto(numerator, denominator, percent, target, met);
    }
}
