using AfterSales.Application.Common.Mapping;
using Mapster;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using Mediator;

namespace AfterSales.Application.Billing.Commands.IssueInvoice;

/// <summary>Records the invoice issued for a request. The same number again is harmless; another number is a 409.</summary>
public sealed record IssueInvoice(Guid InvoiceRequestId, string InvoiceNumber) : ICommand<InvoiceRequestDto>, IIdempotentCommand;

public sealed class IssueInvoiceHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext requestContext, TimeProvider clock)
    : ICommandHandler<IssueInvoice, InvoiceRequestDto>
{
    public async ValueTask<InvoiceRequestDto> Handle(IssueInvoice command, CancellationToken cancellationToken)
    {
        var request = await db.InvoiceRequests.FindLockedForChangeAsync(command.InvoiceRequestId, user, requestContext, cancellationToken);
        request.Issue(command.InvoiceNumber.Trim(), clock.GetUtcNow());

        return request.Adapt<InvoiceRequestDto>(Mappings.Config);
    }
}

public sealed class IssueInvoiceValidator : AbstractValidator<IssueInvoice>
{
    public IssueInvoiceValidator()
    {
        RuleFor(c => c.InvoiceNumber).NotEmpty().MaximumLength(64);
    }
}
