using AfterSales.Application.Common.Mapping;
using Mapster;
using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Application.RepairCards;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Common;
using AfterSales.Domain.Registers;
using AfterSales.Domain.RepairCards;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Calls.Commands.ReceiveIntoWorkshop;

/// <summary>
/// R11: the technician hands the product to the clerk at the unit. The clerk records it: the "in" line
/// of the product movement register (form 004, dated on the unit's calendar at the hand-over), and the
/// repair card (form 005) opened with the promise written on the pickup receipt, in one transaction.
/// </summary>
/// <remarks><c>ReceivedAt</c>: When the product was handed over, if recorded after the fact; now when absent.</remarks>
public sealed record ReceiveIntoWorkshop(Guid CallId, DateTimeOffset? ReceivedAt = null) : ICommand<WorkshopIntakeDto>, IIdempotentCommand;

public sealed record WorkshopIntakeDto(CallDto Call, PickupReceiptDto PickupReceipt, RepairCardDto RepairCard);

public sealed class ReceiveIntoWorkshopHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, INumberSequence numbers, TimeProvider clock)
    : ICommandHandler<ReceiveIntoWorkshop, WorkshopIntakeDto>
{
    public async ValueTask<WorkshopIntakeDto> Handle(ReceiveIntoWorkshop command, CancellationToken cancellationToken)
    {
        var call = await db.Calls.FindForChangeAsync(command.CallId, user, request, cancellationToken);
        BusinessRules.Check(new ProductMustBeInTransitRule(call.Status));
        var receipt = await db.PickupReceipts.SingleAsync(r => r.CallId == call.Id, cancellationToken);
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == call.UnitId, cancellationToken);
        var now = clock.GetUtcNow();
        var receivedAt = command.ReceivedAt ?? now;

        call.ReceiveIntoWorkshop(receivedAt, now, receipt.IssuedAt, user.StaffId);
        var localDate = unit.Calendar.LocalDate(receivedAt);
        var movement = ProductMovement.Register(Guid.CreateVersion7(now), receipt, MovementDirection.In, receivedAt, now, localDate, user.StaffId);
        var cardNumber = await numbers.NextAsync(unit.Id, unit.Code, NumberSeries.RepairCard, localDate.Year, cancellationToken);
        var card = RepairCard.Open(Guid.CreateVersion7(now), cardNumber, call, receipt, receivedAt, user.StaffId);

        db.ProductMovements.Add(movement);
        db.RepairCards.Add(card);
        return new WorkshopIntakeDto(CallDto.From(call, now), receipt.Adapt<PickupReceiptDto>(Mappings.Config), RepairCardDto.From(card, now));
    }
}

public sealed class ReceiveIntoWorkshopValidator : AbstractValidator<ReceiveIntoWorkshop>
{
    public ReceiveIntoWorkshopValidator()
    {
        RuleFor(c => c.ReceivedAt!.Value).IsServiceInstant().When(c => c.ReceivedAt is not null);
    }
}
