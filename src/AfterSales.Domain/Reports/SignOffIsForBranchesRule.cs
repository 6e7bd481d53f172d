using AfterSales.Domain.Common;
using AfterSales.Domain.Units;

namespace AfterSales.Domain.Reports;

/// <summary>R17: only a branch's report is signed by its manager; a service center's goes straight to the service department.</summary>
public sealed class SignOffIsForBranchesRule(UnitKind kind) : IBusinessRule
{
    public bool IsBroken() => kind != UnitKind.Branch;

    public string Message => "A service center's report goes straight to the service department; there is no branch manager's signature.";
}
