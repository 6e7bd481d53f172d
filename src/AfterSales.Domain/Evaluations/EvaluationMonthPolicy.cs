namespace AfterSales.Domain.Evaluations;

/// <summary>
/// R23: which month an answer counts in. A rating belongs to its call's month; an answer keyed in
/// after that month was closed counts, marked late, in the first month after it that was still open
/// when the answer came.
/// </summary>
public static class EvaluationMonthPolicy
{
    public static (DateOnly Month, bool Late) MonthOf(DateOnly callMonth, DateTimeOffset answeredAt, IReadOnlyDictionary<DateOnly, DateTimeOffset> closedAt)
    {
        var month = callMonth;
        while (closedAt.TryGetValue(month, out var closed) && closed < answeredAt)
        {
            month = month.AddMonths(1);
        }

        return (month, month != callMonth);
    }

    /// <summary>The first day of the month <paramref name="date"/> falls in.</summary>
    public static DateOnly MonthStart(DateOnly date) => new(date.Year, date.Month, 1);

    /// <summary>The mean of the answered levels, on the regulation's scale from 4 (very satisfied) to 1 (very dissatisfied).</summary>
    public static decimal? MeanScore(int verySatisfied, int satisfied, int dissatisfied, int veryDissatisfied)
    {
        var answered = verySatisfied + satisfied + dissatisfied + veryDissatisfied;
        return answered == 0 ? null : Math.Round((4m * verySatisfied + 3m * satisfied + 2m * dissatisfied + veryDissatisfied) / answered, 2);
    }

    /// <summary>The company's weighted mean of the item means (1 to 4), over the items that have answers; none without weights.</summary>
    public static decimal? Score(IReadOnlyDictionary<RatedItem, decimal?> itemMeans, EvaluationWeights? weights)
    {
        if (weights is null)
        {
            return null;
        }

        var counted = itemMeans.Where(m => m.Value is not null && weights.Of(m.Key) > 0).ToList();
        var total = counted.Sum(m => weights.Of(m.Key));
        return total == 0 ? null : Math.Round(counted.Sum(m => weights.Of(m.Key) * m.Value!.Value) / total, 2);
    }
}
