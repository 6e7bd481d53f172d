using AfterSales.Domain.Common;

namespace AfterSales.Domain.Billing;

/// <summary>The counted cash must equal the collections to the cent; the problem says by how much it differs.</summary>
public sealed class HandoverMustMatchCollectionsRule(IReadOnlyList<CollectedCash> collections, Money counted) : IBusinessRule, IExplainsDifference
{
    private Money Expected => new(collections.Where(c => c.Amount.Currency == counted.Currency).Sum(c => c.Amount.Amount), counted.Currency);

    public bool IsBroken() => collections.Any(c => c.Amount.Currency != counted.Currency) || Expected.Amount != counted.Amount;

    public Money Difference => new(counted.Amount - Expected.Amount, counted.Currency);

    public string Message => $"The counted cash ({counted}) does not match the collections ({Expected}): a difference of {Difference}.";
}
