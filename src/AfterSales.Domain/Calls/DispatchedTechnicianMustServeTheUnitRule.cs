using AfterSales.Domain.Common;

namespace AfterSales.Domain.Calls;

public sealed class DispatchedTechnicianMustServeTheUnitRule(Guid unitId, Guid? technicianUnitId, bool isTechnician) : IBusinessRule
{
    public bool IsBroken() => technicianUnitId != unitId || !isTechnician;

    public string Message => "Calls are dispatched to a technician of the call's own unit.";
}
