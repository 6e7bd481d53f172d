using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Calls;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Application.Units;
using Mediator;

namespace AfterSales.Application.RepairCards.Commands.RecordRepairPart;

/// <summary>R12: a part replaced: its number, quantity and unit price.</summary>
public sealed record RecordRepairPart(Guid RepairCardId, string PartNumber, decimal Quantity, MoneyDto UnitPrice) : ICommand<RepairCardDto>, IIdempotentCommand;

public sealed class RecordRepairPartHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock)
    : ICommandHandler<RecordRepairPart, RepairCardDto>
{
    public async ValueTask<RepairCardDto> Handle(RecordRepairPart command, CancellationToken cancellationToken)
    {
        var card = await db.RepairCards.FindForChangeAsync(command.RepairCardId, user, request, cancellationToken);
        var now = clock.GetUtcNow();
        var part = new PartDto(command.PartNumber, command.Quantity, command.UnitPrice).ToPart();
        card.RecordPart(user.RequireStaffId(), now, part);
        Billing.Invoicing.RecordPartsUsed(db, card.UnitId, [part], now, Domain.Billing.PartUsedWhere.Workshop, card.CallId, card.Id);
        return RepairCardDto.From(card, now);
    }
}

public sealed class RecordRepairPartValidator : AbstractValidator<RecordRepairPart>
{
    public RecordRepairPartValidator()
    {
        RuleFor(c => c.PartNumber).NotEmpty().MaximumLength(64);
        RuleFor(c => c.Quantity).IsQuantity();
        RuleFor(c => c.UnitPrice).NotNull().SetValidator(new MoneyDtoValidator());
    }
}
