namespace AfterSales.Application.Surveys;

/// <summary>Survey card settings (<c>Surveys__*</c>): how soon a card goes out, how long an answer is awaited.</summary>
public sealed class SurveySettings
{
    public const string Section = "Surveys";

    /// <summary>A card is sent at most this many days after its register day.</summary>
    public int SendWithinDays { get; set; } = 7;

    /// <summary>A sent card with no answer after this many days reads as Expired.</summary>
    public int ResponseDays { get; set; } = 30;
}
