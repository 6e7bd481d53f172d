using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Surveys;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Surveys.Commands.SendSurveyCard;

/// <summary>R24: the service department sends a card to the customer, once the call is finished and within the set days of its register day.</summary>
public sealed record SendSurveyCard(Guid SurveyCardId, SurveyChannel Channel) : ICommand<SurveyCardDto>, IIdempotentCommand;

public sealed class SendSurveyCardHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, SurveySettings settings, TimeProvider clock)
    : ICommandHandler<SendSurveyCard, SurveyCardDto>
{
    public async ValueTask<SurveyCardDto> Handle(SendSurveyCard command, CancellationToken cancellationToken)
    {
        var card = await db.SurveyCards.FindForChangeAsync(command.SurveyCardId, user, request, cancellationToken);
        var callStatus = await db.Calls.AsNoTracking().Where(c => c.Id == card.CallId).Select(c => c.Status).SingleAsync(cancellationToken);
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == card.UnitId, cancellationToken);
        var now = clock.GetUtcNow();
        var finished = callStatus is CallStatus.CompletedOnSite or CallStatus.Closed or CallStatus.Cancelled;
        card.Send(command.Channel, now, unit.Calendar.LocalDate(now), finished, settings.SendWithinDays);
        return SurveyCardDto.From(card, now, settings);
    }
}

public sealed class SendSurveyCardValidator : AbstractValidator<SendSurveyCard>
{
    public SendSurveyCardValidator()
    {
        RuleFor(c => c.SurveyCardId).NotEmpty();
        RuleFor(c => c.Channel).IsInEnum();
    }
}
