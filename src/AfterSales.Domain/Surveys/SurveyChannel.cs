namespace AfterSales.Domain.Surveys;

/// <summary>How a survey card reaches the customer.</summary>
public enum SurveyChannel
{
    Mail,
    Sms,
    Email,
    Telephone,
    Line,
}
