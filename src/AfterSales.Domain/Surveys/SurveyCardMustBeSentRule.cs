using AfterSales.Domain.Common;

namespace AfterSales.Domain.Surveys;

/// <summary>One answer per card: an answer (or undeliverability) is recorded only for a card that was sent and has none yet.</summary>
public sealed class SurveyCardMustBeSentRule(SurveyCardStatus status) : IStateRule
{
    public bool IsBroken() => status != SurveyCardStatus.Sent;

    public string Message => status == SurveyCardStatus.Generated
        ? "The card has not been sent yet."
        : $"The card is already {status}; a card has one answer.";
}
