using AfterSales.Application.Common.Mapping;
using Mapster;
using AfterSales.Application.Billing;
using AfterSales.Application.Calls;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Billing;
using AfterSales.Domain.Registers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.RepairCards.Commands.CloseRepairCard;

/// <summary>
/// R12 return: only after a passed inspection. The technician who returns the product (or the clerk)
/// records it: the product "out" in form 004 at the time the customer signed, the customer's
/// signature, the pickup receipt taken back and voided (its number presented, or declared lost with a
/// reason), the certificate filed and the call closed, all in one transaction. Paid work raises its
/// invoice request that day (R13), with the card's labour at the unit's rate and its parts.
/// </summary>
public sealed record CloseRepairCard(Guid RepairCardId, SignatureDto Signature, string? ReceiptNumber = null, string? LostReceiptReason = null) : ICommand<ReturnDto>, IIdempotentCommand;

public sealed record ReturnDto(RepairCardDto RepairCard, PickupReceiptDto PickupReceipt, CallDto Call);

public sealed class CloseRepairCardHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock)
    : ICommandHandler<CloseRepairCard, ReturnDto>
{
    public async ValueTask<ReturnDto> Handle(CloseRepairCard command, CancellationToken cancellationToken)
    {
        var card = await db.RepairCards.FindForChangeAsync(command.RepairCardId, user, request, cancellationToken);
        var receipt = await db.PickupReceipts.SingleAsync(r => r.Id == card.PickupReceiptId, cancellationToken);
        var call = await db.Calls.SingleAsync(c => c.Id == card.CallId, cancellationToken);
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == card.UnitId, cancellationToken);
        var now = clock.GetUtcNow();

        var signature = command.Signature.ToSignature(now);
        var returnedAt = signature.SignedAt;
        card.Close(signature, user.StaffId);
        db.ProductMovements.Add(ProductMovement.Register(Guid.CreateVersion7(now), receipt, MovementDirection.Out, returnedAt, now, unit.Calendar.LocalDate(returnedAt), user.StaffId));
        receipt.TakeBackAndVoid(returnedAt, command.ReceiptNumber, command.LostReceiptReason, user.StaffId);
        call.CloseAfterReturn(returnedAt, user.StaffId);
        var charges = FeePolicy.Charges(card.ServiceType, card.TotalHours, card.Parts.Select(p => p.Part), unit.Policy.LabourRatePerHour);
        Invoicing.ForCall(db, call, InvoiceRequestKind.ToCollect, charges, now);

        return new ReturnDto(RepairCardDto.From(card, now), receipt.Adapt<PickupReceiptDto>(Mappings.Config), CallDto.From(call, now));
    }
}

public sealed class CloseRepairCardValidator : AbstractValidator<CloseRepairCard>
{
    public CloseRepairCardValidator()
    {
        RuleFor(c => c.Signature).NotNull().SetValidator(new SignatureDtoValidator());
        RuleFor(c => c.ReceiptNumber).MaximumLength(32);
        RuleFor(c => c.LostReceiptReason).MaximumLength(500);
        RuleFor(c => c.LostReceiptReason).Empty().When(c => c.ReceiptNumber is not null)
            .WithMessage("Give either the receipt's number (presented) or the reason it was lost, not both.");
    }
}
