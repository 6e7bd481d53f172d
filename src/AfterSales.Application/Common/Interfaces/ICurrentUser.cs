using AfterSales.Domain.Common;

namespace AfterSales.Application.Common.Interfaces;

/// <summary>The caller, as their token says: who, in which roles, of which unit.</summary>
public interface ICurrentUser
{
    Guid? StaffId { get; }

    IReadOnlySet<Role> Roles { get; }

    Guid? UnitId { get; }

    /// <summary>Roles such as ServiceDepartment, or an integration granted all units, see every unit.</summary>
    bool SeesAllUnits { get; }
}

public static class CurrentUserExtensions
{
    public static bool CanAccessUnit(this ICurrentUser user, Guid unitId) => user.SeesAllUnits || user.UnitId == unitId;

    public static bool IsIn(this ICurrentUser user, Role role) => user.Roles.Contains(role);
}
