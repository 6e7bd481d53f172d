using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using Mediator;

namespace AfterSales.Application.RepairCards.Commands.CorrectRepairWork;

/// <summary>
/// A3: the supervisor corrects the hours of a work entry on a repair card (numbered from 1, in the order
/// written), with a reason; the card's total and the day's report read the corrected hours. A paid repair
/// already returned and charged is corrected through accounting (409).
/// </summary>
public sealed record CorrectRepairWork(Guid RepairCardId, int Entry, decimal Hours, string Reason) : ICommand<RepairCardDto>, IIdempotentCommand;

public sealed class CorrectRepairWorkHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock)
    : ICommandHandler<CorrectRepairWork, RepairCardDto>
{
    public async ValueTask<RepairCardDto> Handle(CorrectRepairWork command, CancellationToken cancellationToken)
    {
        var card = await db.RepairCards.FindForChangeAsync(command.RepairCardId, user, request, cancellationToken);
        var now = clock.GetUtcNow();
        card.CorrectWork(command.Entry, command.Hours, command.Reason.Trim(), user.StaffId, now);
        return RepairCardDto.From(card, now);
    }
}

public sealed class CorrectRepairWorkValidator : AbstractValidator<CorrectRepairWork>
{
    public CorrectRepairWorkValidator()
    {
        RuleFor(c => c.Entry).GreaterThan(0);
        RuleFor(c => c.Hours).IsHours();
        RuleFor(c => c.Reason).IsCorrectionReason();
    }
}
