using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Billing;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Billing;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Calls.Commands.CompleteOnSite;

/// <summary>
/// R9, R10: the technician finishes on site: work hours, parts, the customer's signature, and
/// whether the fee was collected on the spot. Paid work is charged labour at the unit's rate plus
/// the parts; collected at or below the unit's threshold it is recorded against the technician and
/// invoiced as CollectedOnSite, otherwise an invoice request ToCollect is raised the same day.
/// </summary>
/// <remarks><c>NotCollectedReason</c>: R10: required when a Paid fee at or below the threshold is not collected on the spot.</remarks>
public sealed record CompleteOnSite(Guid CallId, decimal WorkHours, IReadOnlyList<PartDto>? Parts, SignatureDto Signature, bool CollectedOnSite, string? NotCollectedReason = null)
    : ICommand<CallDto>, IIdempotentCommand;

public sealed class CompleteOnSiteHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext requestContext, TimeProvider clock)
    : ICommandHandler<CompleteOnSite, CallDto>
{
    public async ValueTask<CallDto> Handle(CompleteOnSite command, CancellationToken cancellationToken)
    {
        var call = await db.Calls.FindForChangeAsync(command.CallId, user, requestContext, cancellationToken);
        var technicianId = AssignedTechnician.Require(user, call);
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == call.UnitId, cancellationToken);
        var now = clock.GetUtcNow();
        var parts = (command.Parts ?? []).Select(p => p.ToPart()).ToList();
        var charges = call.CompleteOnSite(technicianId, now, command.WorkHours, parts, command.Signature.ToSignature(now), command.CollectedOnSite, command.NotCollectedReason, unit.Policy);

        var kind = command.CollectedOnSite ? InvoiceRequestKind.CollectedOnSite : InvoiceRequestKind.ToCollect;
        if (Invoicing.ForCall(db, call, kind, charges, now) is { } request && command.CollectedOnSite)
        {
            db.CollectedCash.Add(CollectedCash.Record(Guid.CreateVersion7(now), call.UnitId, technicianId, call.Id, request.Id, request.Total, now));
        }

        Invoicing.RecordPartsUsed(db, call.UnitId, parts, now, PartUsedWhere.OnSite, call.Id, null);
        return CallDto.From(call, now);
    }
}

public sealed class CompleteOnSiteValidator : AbstractValidator<CompleteOnSite>
{
    public CompleteOnSiteValidator()
    {
        RuleFor(c => c.WorkHours).IsHours();
        RuleForEach(c => c.Parts).SetValidator(new PartDtoValidator());
        RuleFor(c => c.Signature).NotNull().SetValidator(new SignatureDtoValidator());
        RuleFor(c => c.NotCollectedReason).MaximumLength(500);
    }
}
