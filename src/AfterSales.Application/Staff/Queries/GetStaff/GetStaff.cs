using AfterSales.Application.Common.Mapping;
using Mapster;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Paging;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Staff.Queries.GetStaff;

/// <summary>Staff, optionally of one unit, in the order they were hired, keyset-paginated.</summary>
public sealed record GetStaff(Guid? UnitId, string? Cursor, int? Limit) : IQuery<Page<StaffMemberDto>>;

public sealed class GetStaffHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetStaff, Page<StaffMemberDto>>
{
    public async ValueTask<Page<StaffMemberDto>> Handle(GetStaff query, CancellationToken cancellationToken)
    {
        var staff = db.Staff.AsNoTracking();
        var unitId = user.SeesAllUnits ? query.UnitId : user.UnitId;
        if (unitId is { } unit)
        {
            staff = staff.Where(s => s.UnitId == unit);
        }

        return await staff.PageByIdAsync(s => s.Id, query.Cursor, query.Limit, x => x.Adapt<StaffMemberDto>(Mappings.Config), cancellationToken);
    }
}

public sealed class GetStaffValidator : AbstractValidator<GetStaff>
{
    public GetStaffValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, Cursor.MaxLimit);
    }
}
