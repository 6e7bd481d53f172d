using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Paging;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Units.Queries.GetUnits;

/// <summary>All units in the order they were opened (their v7 ids), keyset-paginated.</summary>
public sealed record GetUnits(string? Cursor, int? Limit) : IQuery<Page<UnitDto>>;

public sealed class GetUnitsHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetUnits, Page<UnitDto>>
{
    public async ValueTask<Page<UnitDto>> Handle(GetUnits query, CancellationToken cancellationToken)
    {
        var units = db.Units.AsNoTracking();
        if (!user.SeesAllUnits)
        {
            units = units.Where(u => u.Id == user.UnitId);
        }

        return await units.PageByIdAsync(x => x.Id, query.Cursor, query.Limit, UnitDto.From, cancellationToken);
    }
}

public sealed class GetUnitsValidator : FluentValidation.AbstractValidator<GetUnits>
{
    public GetUnitsValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, Cursor.MaxLimit);
    }
}
