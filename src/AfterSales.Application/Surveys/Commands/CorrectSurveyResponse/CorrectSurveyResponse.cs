using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Application.Complaints;
using AfterSales.Domain.Surveys;
using Mediator;

namespace AfterSales.Application.Surveys.Commands.CorrectSurveyResponse;

/// <summary>
/// A3: a keyed-in answer is corrected by a new entry with the reason (a slip in keying, say); the first
/// answer stays readable and reports use the corrected one. A complaint added by the correction opens
/// a complaint if the card has none yet (R26).
/// </summary>
public sealed record CorrectSurveyResponse(
    Guid SurveyCardId,
    Satisfaction Attitude,
    Satisfaction TechnicalSkill,
    Satisfaction ArrivalTime,
    Satisfaction FollowThrough,
    string? Suggestion,
    string? Complaint,
    string Reason) : ICommand<SurveyCardDto>, IIdempotentCommand, ISurveyAnswer;

public sealed class CorrectSurveyResponseHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, SurveySettings settings, ComplaintIntake intake, TimeProvider clock)
    : ICommandHandler<CorrectSurveyResponse, SurveyCardDto>
{
    public async ValueTask<SurveyCardDto> Handle(CorrectSurveyResponse command, CancellationToken cancellationToken)
    {
        var card = await db.SurveyCards.FindForChangeAsync(command.SurveyCardId, user, request, cancellationToken);
        var now = clock.GetUtcNow();
        var corrected = SurveyAnswers.Of(command, card.Response?.ReceivedAt ?? now, user.StaffId);
        card.CorrectResponse(corrected, command.Reason.Trim(), user.StaffId, now);
        await intake.OpenFromCardAsync(card, corrected.Complaint, now, user.StaffId, cancellationToken);
        return SurveyCardDto.From(card, now, settings);
    }
}

public sealed class CorrectSurveyResponseValidator : AbstractValidator<CorrectSurveyResponse>
{
    public CorrectSurveyResponseValidator()
    {
        RuleFor(c => c.SurveyCardId).NotEmpty();
        Include(new SurveyAnswerValidator());
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(2000);
    }
}
