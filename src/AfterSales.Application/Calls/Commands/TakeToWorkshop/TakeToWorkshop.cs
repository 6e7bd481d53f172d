using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Auditing;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Application.RepairCards;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Workshop;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Calls.Commands.TakeToWorkshop;

/// <summary>
/// R11: the product goes to the workshop: a numbered pickup receipt (form 003) for the customer, a
/// line "in" in the product movement register (form 004), a numbered repair card (form 005) with the
/// promised completion time, and the customer's signature on the certificate.
/// </summary>
public sealed record TakeToWorkshop(Guid CallId, DateTimeOffset PromisedCompletionAt, SignatureDto Signature) : ICommand<WorkshopIntakeDto>, IIdempotentCommand;

public sealed record WorkshopIntakeDto(CallDto Call, PickupReceiptDto PickupReceipt, RepairCardDto RepairCard);

public sealed class TakeToWorkshopHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, INumberSequence numbers, AuditScope audit, TimeProvider clock)
    : ICommandHandler<TakeToWorkshop, WorkshopIntakeDto>
{
    public async ValueTask<WorkshopIntakeDto> Handle(TakeToWorkshop command, CancellationToken cancellationToken)
    {
        var call = await db.Calls.FindForChangeAsync(command.CallId, user, request, cancellationToken);
        var technicianId = AssignedTechnician.Require(user, call);
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == call.UnitId, cancellationToken);
        var now = clock.GetUtcNow();
        var today = unit.Calendar.LocalDate(now);

        call.TakeToWorkshop(technicianId, now, command.Signature.ToSignature());
        var receiptNumber = await numbers.NextAsync(unit.Id, unit.Code, NumberSeries.PickupReceipt, today.Year, cancellationToken);
        var receipt = PickupReceipt.Issue(Guid.CreateVersion7(now), unit.Id, receiptNumber, call.Id, call.CertificateId, call.CustomerName, call.ProductModel, call.SerialNumber, now, technicianId);
        var movement = ProductMovement.Register(Guid.CreateVersion7(now), receipt, MovementDirection.In, now, today, technicianId);
        var cardNumber = await numbers.NextAsync(unit.Id, unit.Code, NumberSeries.RepairCard, today.Year, cancellationToken);
        var card = RepairCard.Open(Guid.CreateVersion7(now), cardNumber, call, receipt, now, command.PromisedCompletionAt, technicianId);

        db.PickupReceipts.Add(receipt);
        db.ProductMovements.Add(movement);
        db.RepairCards.Add(card);
        audit.Touched(nameof(RepairCall), call.Id);
        audit.Touched(nameof(PickupReceipt), receipt.Id);
        audit.Touched(nameof(RepairCard), card.Id);
        await db.SaveChangesAsync(cancellationToken);
        return new WorkshopIntakeDto(CallDto.From(call, now), PickupReceiptDto.From(receipt), RepairCardDto.From(card, now));
    }
}

public sealed class TakeToWorkshopValidator : AbstractValidator<TakeToWorkshop>
{
    public TakeToWorkshopValidator()
    {
        RuleFor(c => c.PromisedCompletionAt).IsServiceInstant();
        RuleFor(c => c.Signature).NotNull().SetValidator(new SignatureDtoValidator());
    }
}
