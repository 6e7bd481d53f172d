using AfterSales.Domain.Surveys;

namespace AfterSales.Application.Surveys;

/// <summary>The four ratings and the customer's words, as a command carries them.</summary>
public interface ISurveyAnswer
{
    Satisfaction Attitude { get; }

    Satisfaction TechnicalSkill { get; }

    Satisfaction ArrivalTime { get; }

    Satisfaction FollowThrough { get; }

    string? Suggestion { get; }

    string? Complaint { get; }
}

/// <summary>The rules every keyed-in answer meets, whether first keyed in or a correction.</summary>
public sealed class SurveyAnswerValidator : AbstractValidator<ISurveyAnswer>
{
    public SurveyAnswerValidator()
    {
        RuleFor(c => c.Attitude).IsInEnum();
        RuleFor(c => c.TechnicalSkill).IsInEnum();
        RuleFor(c => c.ArrivalTime).IsInEnum();
        RuleFor(c => c.FollowThrough).IsInEnum();
        RuleFor(c => c.Suggestion).MaximumLength(2000);
        RuleFor(c => c.Complaint).MaximumLength(2000);
    }
}

/// <summary>A card's answer as keyed in: blank texts are no texts, the rest trimmed.</summary>
internal static class SurveyAnswers
{
    public static SurveyResponse Of(ISurveyAnswer answer, DateTimeOffset at, Guid? keyedBy) =>
        Of(answer.Attitude, answer.TechnicalSkill, answer.ArrivalTime, answer.FollowThrough, answer.Suggestion, answer.Complaint, at, keyedBy);

    public static SurveyResponse Of(
        Satisfaction attitude, Satisfaction technicalSkill, Satisfaction arrivalTime, Satisfaction followThrough, string? suggestion, string? complaint, DateTimeOffset at, Guid? keyedBy) =>
        new(attitude, technicalSkill, arrivalTime, followThrough, Text(suggestion), Text(complaint), at, keyedBy);

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
