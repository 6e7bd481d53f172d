using AfterSales.Application.Common.Mapping;
using Mapster;
using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Customers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Customers.Queries.GetCustomer;

public sealed record GetCustomer(Guid CustomerId) : IQuery<CustomerWithCertificatesDto>;

public sealed record CustomerWithCertificatesDto(CustomerDto Customer, IReadOnlyList<CertificateSummaryDto> Certificates);

public sealed record CertificateSummaryDto(Guid Id, string Model, string SerialNumber, DateOnly SoldOn, DateOnly WarrantyEndsOn);

public sealed class GetCustomerHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetCustomer, CustomerWithCertificatesDto>
{
    public async ValueTask<CustomerWithCertificatesDto> Handle(GetCustomer query, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == query.CustomerId, cancellationToken);
        if (customer is null || !user.CanAccessUnit(customer.UnitId))
        {
            throw new NotFoundException(nameof(Customer), query.CustomerId);
        }

        var certificates = await db.Certificates.AsNoTracking()
            .Where(c => c.CustomerId == customer.Id)
            .OrderBy(c => c.Id)
            .ProjectToType<CertificateSummaryDto>(Mappings.Config)
            .ToListAsync(cancellationToken);
        return new CustomerWithCertificatesDto(customer.Adapt<CustomerDto>(Mappings.Config), certificates);
    }
}
