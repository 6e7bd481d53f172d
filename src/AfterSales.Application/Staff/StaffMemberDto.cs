using AfterSales.Domain.Common;
using AfterSales.Domain.Staff;
using Mapster;

namespace AfterSales.Application.Staff;

public sealed record StaffMemberDto(Guid Id, Guid UnitId, string Name, IReadOnlyList<Role> Roles)
{
    public static StaffMemberDto From(StaffMember member) => member.Adapt<StaffMemberDto>();
}
