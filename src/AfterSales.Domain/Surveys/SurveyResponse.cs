namespace AfterSales.Domain.Surveys;

/// <summary>
/// R25: the customer's answer: the technician rated on attitude, technical skill, arrival time and
/// follow-through on promises (答應事情的辦理), and their own words as a suggestion or a complaint (R23).
/// </summary>
public sealed record SurveyResponse(
    Satisfaction Attitude,
    Satisfaction TechnicalSkill,
    Satisfaction ArrivalTime,
    Satisfaction FollowThrough,
    string? Suggestion,
    string? Complaint,
    DateTimeOffset ReceivedAt,
    Guid? KeyedBy)
{
    public bool RatesTheTechnician => new[] { Attitude, TechnicalSkill, ArrivalTime, FollowThrough }.Any(s => s != Satisfaction.NotAnswered);
}
