using AfterSales.Domain.Common;

namespace AfterSales.Domain.Contracts;

public sealed class ContractMustCoverAProductRule(IReadOnlyCollection<Guid> certificateIds) : IBusinessRule
{
    public bool IsBroken() => certificateIds.Count == 0;

    public string Message => "A maintenance contract must cover at least one product (service certificate).";
}
