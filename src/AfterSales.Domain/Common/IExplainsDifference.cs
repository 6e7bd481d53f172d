namespace AfterSales.Domain.Common;

/// <summary>A rule whose refusal carries an amount by which two sums differ (shown in the problem).</summary>
public interface IExplainsDifference
{
    Money Difference { get; }
}
