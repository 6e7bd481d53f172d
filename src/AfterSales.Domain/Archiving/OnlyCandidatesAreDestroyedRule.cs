using AfterSales.Domain.Common;

namespace AfterSales.Domain.Archiving;

/// <summary>A2: only archived records past retention, of the type and unit proposed, and tied to nothing open, can be proposed.</summary>
public sealed class OnlyCandidatesAreDestroyedRule(IReadOnlyCollection<Guid> notCandidates) : IBusinessRule
{
    public bool IsBroken() => notCandidates.Count > 0;

    public string Message =>
        $"{notCandidates.Count} of the records are not candidates for destruction (not archived, not of this type and unit, still within retention, already destroyed, or tied to an open complaint or unissued invoice): {string.Join(", ", notCandidates.Take(10))}.";
}
