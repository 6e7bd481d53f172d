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
        var after = Cursor.Decode(query.Cursor);
        var contracts = db.Contracts.AsNoTracking();
        if (user.ListUnit(query.UnitId) is { } unitId)
        {
            contracts = contracts.Where(c => c.UnitId == unitId);
        }

        if (query.EndingBefore is { } before)
        {
            contracts = contracts.Where(c => c.EndsOn < before);
        }

        if (after is { } last)
        {
            contracts = contracts.Where(c => c.Id > last);
        }

        var fetched = await contracts.OrderBy(c => c.Id).Take(limit + 1).ToListAsync(cancellationToken);
        return Cursor.ToPage(fetched.Select(ContractDto.From).ToList(), limit, c => c.Id);
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
