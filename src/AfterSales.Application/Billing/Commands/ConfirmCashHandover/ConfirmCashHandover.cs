using AfterSales.Application.Common.Mapping;
using Mapster;
using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Application.Units;
using AfterSales.Domain.Billing;
using AfterSales.Domain.Staff;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Billing.Commands.ConfirmCashHandover;

/// <summary>
/// R10: the technician hands the day's cash to the unit's accountant, who counts it and confirms.
/// The handover lists the collections it covers; each can be handed over once, and the counted
/// amount must equal them to the cent (a mismatch is refused with the difference).
/// </summary>
public sealed record ConfirmCashHandover(Guid TechnicianId, IReadOnlyList<Guid> CollectionIds, MoneyDto CountedAmount) : ICommand<CashHandoverDto>, IIdempotentCommand;

public sealed class ConfirmCashHandoverHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ConfirmCashHandover, CashHandoverDto>
{
    public async ValueTask<CashHandoverDto> Handle(ConfirmCashHandover command, CancellationToken cancellationToken)
    {
        var accountantId = user.RequireStaffId();
        var technician = await db.Staff.FindAsync([command.TechnicianId], cancellationToken);
        if (technician is null || !user.CanAccessUnit(technician.UnitId))
        {
            throw new NotFoundException(nameof(StaffMember), command.TechnicianId);
        }

        var ids = command.CollectionIds.Distinct().ToList();
        // Another unit's collection is as absent as a missing one: its id must not be confirmed to exist.
        var collections = (await db.CollectedCash.Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken))
            .Where(c => user.CanAccessUnit(c.UnitId))
            .ToList();
        if (collections.Count != ids.Count)
        {
            throw new NotFoundException(nameof(CollectedCash), string.Join(", ", ids.Except(collections.Select(c => c.Id))));
        }

        var now = clock.GetUtcNow();
        var handover = CashHandover.Confirm(Guid.CreateVersion7(now), technician.UnitId, technician.Id, accountantId, collections, command.CountedAmount.ToMoney(), now);
        db.CashHandovers.Add(handover);
        return handover.Adapt<CashHandoverDto>(Mappings.Config);
    }
}

public sealed class ConfirmCashHandoverValidator : AbstractValidator<ConfirmCashHandover>
{
    public ConfirmCashHandoverValidator()
    {
        RuleFor(c => c.TechnicianId).NotEmpty();
        RuleFor(c => c.CollectionIds).NotEmpty();
        RuleFor(c => c.CountedAmount).NotNull().SetValidator(new MoneyDtoValidator());
    }
}
