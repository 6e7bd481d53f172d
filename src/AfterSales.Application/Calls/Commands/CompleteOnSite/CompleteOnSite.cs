using AfterSales.Application.Common.Auditing;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Application.Units;
using AfterSales.Domain.Calls;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Calls.Commands.CompleteOnSite;

/// <summary>
/// R9, R10: the technician finishes on site: work hours, parts, the fee for Paid work, the customer's
/// signature, and whether the fee was collected on the spot (only at or below the unit's threshold).
/// </summary>
public sealed record CompleteOnSite(Guid CallId, decimal WorkHours, IReadOnlyList<PartDto>? Parts, MoneyDto? Fee, SignatureDto Signature, bool CollectedOnSite)
    : ICommand<CallDto>, IIdempotentCommand;

public sealed class CompleteOnSiteHandler(IApplicationDbContext db, ICurrentUser user, AuditScope audit, TimeProvider clock)
    : ICommandHandler<CompleteOnSite, CallDto>
{
    public async ValueTask<CallDto> Handle(CompleteOnSite command, CancellationToken cancellationToken)
    {
        var call = await db.Calls.FindInScopeAsync(command.CallId, user, cancellationToken);
        var technicianId = AssignedTechnician.Require(user, call);
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == call.UnitId, cancellationToken);
        var now = clock.GetUtcNow();
        call.CompleteOnSite(
            technicianId,
            now,
            command.WorkHours,
            (command.Parts ?? []).Select(p => p.ToPart()),
            command.Fee?.ToMoney(),
            command.Signature.ToSignature(),
            command.CollectedOnSite,
            unit.Policy.OnSiteFeeThreshold);
        audit.Touched(nameof(RepairCall), call.Id);
        await db.SaveChangesAsync(cancellationToken);
        return CallDto.From(call, now);
    }
}

public sealed class CompleteOnSiteValidator : AbstractValidator<CompleteOnSite>
{
    public CompleteOnSiteValidator()
    {
        RuleFor(c => c.WorkHours).GreaterThan(0).LessThanOrEqualTo(24);
        RuleForEach(c => c.Parts).SetValidator(new PartDtoValidator());
        RuleFor(c => c.Fee!).SetValidator(new MoneyDtoValidator()).When(c => c.Fee is not null);
        RuleFor(c => c.Signature).NotNull().SetValidator(new SignatureDtoValidator());
    }
}
