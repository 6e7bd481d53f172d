using AfterSales.Domain.Common;

namespace AfterSales.Domain.Complaints;

/// <summary>The technician complained about is one of the unit's staff.</summary>
public sealed class ComplaintTechnicianMustServeTheUnitRule(Guid unitId, Guid? technicianUnitId) : IBusinessRule
{
    public bool IsBroken() => technicianUnitId != unitId;

    public string Message => "The technician complained about must be a staff member of the customer's unit.";
}
