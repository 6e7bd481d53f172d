using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using Mediator;

namespace AfterSales.Application.Surveys.Commands.MarkSurveyCardUndeliverable;

/// <summary>A sent card that could not reach the customer (returned by the post, a wrong number), with the reason.</summary>
public sealed record MarkSurveyCardUndeliverable(Guid SurveyCardId, string Reason) : ICommand<SurveyCardDto>, IIdempotentCommand;

public sealed class MarkSurveyCardUndeliverableHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, SurveySettings settings, TimeProvider clock)
    : ICommandHandler<MarkSurveyCardUndeliverable, SurveyCardDto>
{
    public async ValueTask<SurveyCardDto> Handle(MarkSurveyCardUndeliverable command, CancellationToken cancellationToken)
    {
        var card = await db.SurveyCards.FindForChangeAsync(command.SurveyCardId, user, request, cancellationToken);
        card.MarkUndeliverable(command.Reason.Trim());
        return SurveyCardDto.From(card, clock.GetUtcNow(), settings);
    }
}

public sealed class MarkSurveyCardUndeliverableValidator : AbstractValidator<MarkSurveyCardUndeliverable>
{
    public MarkSurveyCardUndeliverableValidator()
    {
        RuleFor(c => c.SurveyCardId).NotEmpty();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(500);
    }
}
