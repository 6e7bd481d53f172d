using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using Mediator;

namespace AfterSales.Application.RepairCards.Commands.CorrectRepairPart;

/// <summary>
/// A3: the supervisor corrects the quantity of a part on a repair card (numbered from 1, in the order
/// recorded; 0 when it was not used after all), with a reason. The card reads the corrected quantity and
/// keeps the correction; the parts ledger gets a line of the difference pointing at the line it
/// corrects. A paid repair returned and charged is corrected through accounting (409).
/// </summary>
public sealed record CorrectRepairPart(Guid RepairCardId, int Entry, decimal Quantity, string Reason) : ICommand<RepairCardDto>, IIdempotentCommand;

public sealed class CorrectRepairPartHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock)
    : ICommandHandler<CorrectRepairPart, RepairCardDto>
{
    public async ValueTask<RepairCardDto> Handle(CorrectRepairPart command, CancellationToken cancellationToken)
    {
        var card = await db.RepairCards.FindForChangeAsync(command.RepairCardId, user, request, cancellationToken);
        var now = clock.GetUtcNow();
        var reason = command.Reason.Trim();
        var was = card.CorrectPart(command.Entry, command.Quantity, reason, user.StaffId, now);
        await Billing.Invoicing.RecordPartCorrectedAsync(db, card.CallId, card.Id, was.At, was.Part, command.Quantity, reason, user.StaffId, now, cancellationToken);
        return RepairCardDto.From(card, now);
    }
}

public sealed class CorrectRepairPartValidator : AbstractValidator<CorrectRepairPart>
{
    public CorrectRepairPartValidator()
    {
        RuleFor(c => c.Entry).GreaterThan(0);
        RuleFor(c => c.Quantity).IsCorrectedQuantity();
        RuleFor(c => c.Reason).IsCorrectionReason();
    }
}
