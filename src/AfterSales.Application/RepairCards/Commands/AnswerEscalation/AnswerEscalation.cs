using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.RepairCards;
using Mediator;

namespace AfterSales.Application.RepairCards.Commands.AnswerEscalation;

/// <summary>
/// R14: the supervisor answers a technician's report on a late card with the help given (a second
/// technician, parts) and may set a new promised time; the first promise stays on the card.
/// </summary>
public sealed record AnswerEscalation(Guid RepairCardId, Guid EscalationId, string Help, DateTimeOffset? NewPromisedAt) : ICommand<RepairCardDto>, IIdempotentCommand;

public sealed class AnswerEscalationHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock)
    : ICommandHandler<AnswerEscalation, RepairCardDto>
{
    public async ValueTask<RepairCardDto> Handle(AnswerEscalation command, CancellationToken cancellationToken)
    {
        var card = await db.RepairCards.FindForChangeAsync(command.RepairCardId, user, request, cancellationToken);
        if (card.Escalations.All(e => e.Id != command.EscalationId))
        {
            throw new NotFoundException(nameof(RepairEscalation), command.EscalationId);
        }

        var now = clock.GetUtcNow();
        card.AnswerEscalation(command.EscalationId, user.RequireStaffId(), now, command.Help.Trim(), command.NewPromisedAt);
        return RepairCardDto.From(card, now);
    }
}

public sealed class AnswerEscalationValidator : AbstractValidator<AnswerEscalation>
{
    public AnswerEscalationValidator()
    {
        RuleFor(c => c.Help).NotEmpty().MaximumLength(1000);
        RuleFor(c => c.NewPromisedAt!.Value).IsServiceInstant().When(c => c.NewPromisedAt is not null);
    }
}
