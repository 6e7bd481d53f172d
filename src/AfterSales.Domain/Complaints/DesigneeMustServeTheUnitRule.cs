using AfterSales.Domain.Common;

namespace AfterSales.Domain.Complaints;

public sealed class DesigneeMustServeTheUnitRule(Guid complaintUnitId, Guid? designeeUnitId) : IBusinessRule
{
    public bool IsBroken() => designeeUnitId != complaintUnitId;

    public string Message => "The designee must be a staff member of the complaint's unit.";
}
