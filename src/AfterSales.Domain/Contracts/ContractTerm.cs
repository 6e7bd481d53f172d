using AfterSales.Domain.Common;

namespace AfterSales.Domain.Contracts;

/// <summary>One term of a contract: the dates it covers (inclusive) and its fee.</summary>
public sealed record ContractTerm(int TermNumber, DateOnly StartsOn, DateOnly EndsOn, Money Fee)
{
    public bool Covers(DateOnly date) => StartsOn <= date && date <= EndsOn;
}
