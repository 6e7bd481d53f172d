using AfterSales.Domain.Common;

namespace AfterSales.Domain.Staff;

public sealed class StaffMemberMustHaveARoleRule(IReadOnlyCollection<Role> roles) : IBusinessRule
{
    public bool IsBroken() => roles.Count == 0;

    public string Message => "A staff member must act in at least one role.";
}
