namespace AfterSales.Domain.Common;

public static class RoleScope
{
    /// <summary>Roles whose scope is every unit rather than their own (R4; docs/domain-choices.md, "Who sees what").</summary>
    public static bool SeesAllUnits(Role role) =>
        role is Role.Admin or Role.ServiceDepartment or Role.ViceGeneralManager;
}
