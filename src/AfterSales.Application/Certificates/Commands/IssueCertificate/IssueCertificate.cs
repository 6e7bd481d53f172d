using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Certificates;
using Mediator;

namespace AfterSales.Application.Certificates.Commands.IssueCertificate;

/// <summary>服務憑證 (form 001): made when a product is sold to the customer.</summary>
public sealed record IssueCertificate(Guid CustomerId, string Model, string SerialNumber, DateOnly SoldOn, DateOnly WarrantyEndsOn)
    : ICommand<CertificateDto>, IIdempotentCommand;

public sealed class IssueCertificateHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock)
    : ICommandHandler<IssueCertificate, CertificateDto>
{
    public async ValueTask<CertificateDto> Handle(IssueCertificate command, CancellationToken cancellationToken)
    {
        // A command on the customer's file: If-Match names the version of the file the clerk last read.
        var customer = await db.Customers.FindForChangeAsync(command.CustomerId, user, request, cancellationToken);
        var certificate = ServiceCertificate.Issue(
            Guid.CreateVersion7(clock.GetUtcNow()), customer.UnitId, customer.Id, command.Model.Trim(), command.SerialNumber.Trim(), command.SoldOn, command.WarrantyEndsOn);
        db.Certificates.Add(certificate);
        return CertificateDto.From(certificate, []);
    }
}

public sealed class IssueCertificateValidator : AbstractValidator<IssueCertificate>
{
    public IssueCertificateValidator()
    {
        RuleFor(c => c.Model).NotEmpty().MaximumLength(100);
        RuleFor(c => c.SerialNumber).NotEmpty().MaximumLength(100);
        RuleFor(c => c.SoldOn).IsServiceDate();
        RuleFor(c => c.WarrantyEndsOn).IsServiceDate();
    }
}
