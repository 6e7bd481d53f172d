using AfterSales.Domain.Surveys;

namespace AfterSales.Application.Surveys;

/// <summary>A card's answer as keyed in: blank texts are no texts, the rest trimmed.</summary>
internal static class SurveyAnswers
{
    public static SurveyResponse Of(
        Satisfaction attitude, Satisfaction technicalSkill, Satisfaction arrivalTime, Satisfaction followThrough, string? suggestion, string? complaint, DateTimeOffset at, Guid? keyedBy) =>
        new(attitude, technicalSkill, arrivalTime, followThrough, Text(suggestion), Text(complaint), at, keyedBy);

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
