using AfterSales.Domain.Common;

namespace AfterSales.Application.Staff;

public sealed record StaffMemberDto(Guid Id, Guid UnitId, string Name, IReadOnlyList<Role> Roles);
