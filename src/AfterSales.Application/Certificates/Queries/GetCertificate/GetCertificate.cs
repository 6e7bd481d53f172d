using AfterSales.Application.Common.Mapping;
using Mapster;
using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Certificates;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Certificates.Queries.GetCertificate;

/// <summary>A certificate with its full service history: every call, visit, repair, signature and return, in order.</summary>
public sealed record GetCertificate(Guid CertificateId) : IQuery<CertificateDto>;

public sealed class GetCertificateHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetCertificate, CertificateDto>
{
    public async ValueTask<CertificateDto> Handle(GetCertificate query, CancellationToken cancellationToken)
    {
        var certificate = await db.Certificates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == query.CertificateId, cancellationToken);
        if (certificate is null || !user.CanAccessUnit(certificate.UnitId))
        {
            throw new NotFoundException(nameof(ServiceCertificate), query.CertificateId);
        }

        var history = await db.ServiceHistory.AsNoTracking()
            .Where(h => h.CertificateId == certificate.Id)
            .OrderBy(h => h.Sequence)
            .ToListAsync(cancellationToken);
        return CertificateDto.From(certificate, history.Select(x => x.Adapt<HistoryLineDto>(Mappings.Config)).ToList());
    }
}
