using AfterSales.Domain.Common;
using AfterSales.Domain.StaffMembers;

namespace AfterSales.Application.Staff;

public sealed record StaffMemberDto(Guid Id, Guid UnitId, string Name, IReadOnlyList<Role> Roles)
{
    public static StaffMemberDto From(StaffMember member) => new(member.Id, member.UnitId, member.Name, member.Roles.ToList());
}
