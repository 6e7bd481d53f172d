using Mapster;
using AfterSales.Application.Common.Mapping;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Scoping;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Customers.Queries.SearchCustomers;

/// <summary>The unit's customers whose name, telephone or address contains <c>search</c>.</summary>
public sealed record SearchCustomers(string? Search, Guid? UnitId, string? Cursor, int? Limit) : IQuery<Page<CustomerDto>>;

public sealed class SearchCustomersHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<SearchCustomers, Page<CustomerDto>>
{
    public async ValueTask<Page<CustomerDto>> Handle(SearchCustomers query, CancellationToken cancellationToken)
    {
        var customers = db.Customers.AsNoTracking();
        if (user.ListUnit(query.UnitId) is { } unitId)
        {
            customers = customers.Where(c => c.UnitId == unitId);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim().ToLowerInvariant();
            // Translated to SQL lower() and strpos(); .NET culture rules do not apply inside the database.
#pragma warning disable CA1304, CA1311, CA1862
            customers = customers.Where(c => c.Name.ToLower().Contains(search) || c.Telephone.Contains(search) || c.Address.ToLower().Contains(search));
#pragma warning restore CA1304, CA1311, CA1862
        }

        // Whole rows, not a projection: a customer's corrections (A3) are a jsonb list read with the row.
        return await customers.PageByIdAsync(c => c.Id, query.Cursor, query.Limit, c => c.Adapt<CustomerDto>(Mappings.Config), cancellationToken);
    }
}

public sealed class SearchCustomersValidator : AbstractValidator<SearchCustomers>
{
    public SearchCustomersValidator()
    {
        RuleFor(q => q.Search).MaximumLength(200);
        RuleFor(q => q.Limit).InclusiveBetween(1, Cursor.MaxLimit);
    }
}
