using AfterSales.Domain.Common;

namespace AfterSales.Domain.Calls;

public sealed class ReassignmentMustChangeTheTechnicianRule(Guid? current, Guid next) : IStateRule
{
    public bool IsBroken() => current == next;

    public string Message => "The call is already dispatched to this technician.";
}
