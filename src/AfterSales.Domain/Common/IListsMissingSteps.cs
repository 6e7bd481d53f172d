namespace AfterSales.Domain.Common;

/// <summary>A rule whose refusal names each step still missing (shown in the problem as <c>missingSteps</c>).</summary>
public interface IListsMissingSteps
{
    IReadOnlyList<string> MissingSteps { get; }
}
