using AfterSales.Application.Common.Mapping;
using Mapster;
using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Application.RepairCards;
using AfterSales.Domain.Registers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Calls.Commands.TakeToWorkshop;

/// <summary>
/// R11: the technician takes the product away: a numbered pickup receipt (form 003) for the customer,
/// with the promised completion time written on it, and the customer's signature on the certificate.
/// The product is then in transit with the technician until the clerk receives it at the unit
/// (ReceiveIntoWorkshop), which writes the movement register's "in" line and opens the repair card.
/// </summary>
public sealed record TakeToWorkshop(Guid CallId, DateTimeOffset PromisedCompletionAt, SignatureDto Signature) : ICommand<PickupDto>, IIdempotentCommand;

/// <summary>The call, now in transit, and the receipt the customer keeps.</summary>
public sealed record PickupDto(CallDto Call, PickupReceiptDto PickupReceipt);

public sealed class TakeToWorkshopHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, INumberSequence numbers, TimeProvider clock)
    : ICommandHandler<TakeToWorkshop, PickupDto>
{
    public async ValueTask<PickupDto> Handle(TakeToWorkshop command, CancellationToken cancellationToken)
    {
        var call = await db.Calls.FindForChangeAsync(command.CallId, user, request, cancellationToken);
        var technicianId = AssignedTechnician.Require(user, call);
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == call.UnitId, cancellationToken);
        var now = clock.GetUtcNow();

        call.TakeToWorkshop(technicianId, now, command.Signature.ToSignature(now));
        var receiptNumber = await numbers.NextAsync(unit.Id, unit.Code, NumberSeries.PickupReceipt, unit.Calendar.LocalDate(now).Year, cancellationToken);
        var receipt = PickupReceipt.Issue(Guid.CreateVersion7(now), unit.Id, receiptNumber, call.Id, call.CertificateId, call.CustomerName, call.ProductModel, call.SerialNumber, now, command.PromisedCompletionAt, technicianId);

        db.PickupReceipts.Add(receipt);
        return new PickupDto(CallDto.From(call, now), receipt.Adapt<PickupReceiptDto>(Mappings.Config));
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
