using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Application.Complaints;
using AfterSales.Domain.Surveys;
using Mediator;

namespace AfterSales.Application.Surveys.Commands.RecordSurveyResponse;

/// <summary>
/// R25: the service department keys in a returned card: the four ratings and the customer's words.
/// One answer per card. A complaint written on the card opens a complaint (R26) about the call and the
/// technician the card rates.
/// </summary>
public sealed record RecordSurveyResponse(
    Guid SurveyCardId,
    Satisfaction Attitude,
    Satisfaction TechnicalSkill,
    Satisfaction ArrivalTime,
    Satisfaction FollowThrough,
    string? Suggestion,
    string? Complaint) : ICommand<SurveyCardDto>, IIdempotentCommand, ISurveyAnswer;

public sealed class RecordSurveyResponseHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, SurveySettings settings, ComplaintIntake intake, TimeProvider clock)
    : ICommandHandler<RecordSurveyResponse, SurveyCardDto>
{
    public async ValueTask<SurveyCardDto> Handle(RecordSurveyResponse command, CancellationToken cancellationToken)
    {
        var card = await db.SurveyCards.FindForChangeAsync(command.SurveyCardId, user, request, cancellationToken);
        var now = clock.GetUtcNow();
        var response = SurveyAnswers.Of(command, now, user.StaffId);
        card.RecordResponse(response);
        await intake.OpenFromCardAsync(card, response.Complaint, now, user.StaffId, cancellationToken);
        return SurveyCardDto.From(card, now, settings);
    }
}

public sealed class RecordSurveyResponseValidator : AbstractValidator<RecordSurveyResponse>
{
    public RecordSurveyResponseValidator()
    {
        RuleFor(c => c.SurveyCardId).NotEmpty();
        Include(new SurveyAnswerValidator());
    }
}
