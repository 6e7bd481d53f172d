using AfterSales.Domain.Common;

namespace AfterSales.Domain.Surveys;

/// <summary>A card is sent once.</summary>
public sealed class SurveyCardMustBeGeneratedRule(SurveyCardStatus status) : IStateRule
{
    public bool IsBroken() => status != SurveyCardStatus.Generated;

    public string Message => $"The card is {status}; it was already sent.";
}
