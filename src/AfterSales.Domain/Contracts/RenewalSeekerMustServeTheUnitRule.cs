using AfterSales.Domain.Common;

namespace AfterSales.Domain.Contracts;

public sealed class RenewalSeekerMustServeTheUnitRule(Guid unitId, Guid? assigneeUnitId) : IBusinessRule
{
    public bool IsBroken() => assigneeUnitId != unitId;

    public string Message => "The person seeking the renewal must be a staff member of the contract's unit.";
}
