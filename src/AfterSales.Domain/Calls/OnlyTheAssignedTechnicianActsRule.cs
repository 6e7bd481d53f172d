using AfterSales.Domain.Common;

namespace AfterSales.Domain.Calls;

public sealed class OnlyTheAssignedTechnicianActsRule(Guid? assigned, Guid technicianId) : IBusinessRule
{
    public bool IsBroken() => assigned != technicianId;

    public string Message => "Only the technician the call is dispatched to can act on it.";
}
