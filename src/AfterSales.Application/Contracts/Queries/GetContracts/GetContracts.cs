using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Scoping;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Contracts.Queries.GetContracts;

/// <summary>A unit's contracts, optionally only those ending before a date (R20 renewal work), by end date.</summary>
public sealed record GetContracts(Guid? UnitId, DateOnly? EndingBefore, string? Cursor, int? Limit) : IQuery<Page<ContractDto>>;

public sealed class GetContractsHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetContracts, Page<ContractDto>>
{
    public async ValueTask<Page<ContractDto>> Handle(GetContracts query, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? Cursor.DefaultLimit;
        var after = Cursor.DecodeDated(query.Cursor);
        var contracts = db.Contracts.AsNoTracking();
        if (user.ListUnit(query.UnitId) is { } unitId)
        {
            contracts = contracts.Where(c => c.UnitId == unitId);
        }

        if (query.EndingBefore is { } before)
        {
            contracts = contracts.Where(c => c.EndsOn < before);
        }

        // Soonest ending first (renewal work), on the (unit, ends on, id) index.
        if (after is var (lastDate, lastId))
        {
            contracts = contracts.Where(c => c.EndsOn > lastDate || (c.EndsOn == lastDate && c.Id > lastId));
        }

        var fetched = await contracts.OrderBy(c => c.EndsOn).ThenBy(c => c.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var items = fetched.Select(ContractDto.From).ToList();
        return items.Count > limit
            ? new Page<ContractDto>(items.Take(limit).ToList(), Cursor.Encode(items[limit - 1].EndsOn, items[limit - 1].Id))
            : new Page<ContractDto>(items, null);
    }
}

public sealed class GetContractsValidator : AbstractValidator<GetContracts>
{
    public GetContractsValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, Cursor.MaxLimit);
        RuleFor(q => q.EndingBefore!.Value).IsServiceDate().OverridePropertyName("endingBefore").When(q => q.EndingBefore is not null);
    }
}
