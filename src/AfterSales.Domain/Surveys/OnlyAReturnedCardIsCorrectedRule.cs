using AfterSales.Domain.Common;

namespace AfterSales.Domain.Surveys;

public sealed class OnlyAReturnedCardIsCorrectedRule(SurveyCardStatus status) : IStateRule
{
    public bool IsBroken() => status != SurveyCardStatus.Returned;

    public string Message => "Only a card whose answer was keyed in can be corrected.";
}
