using AfterSales.Domain.Common;

namespace AfterSales.Domain.Surveys;

/// <summary>A card of a call no technician reached (cancelled before arrival) rates no technician: its four items stay unanswered.</summary>
public sealed class TechnicianItemsDoNotApplyRule(bool ratesTechnician, SurveyResponse response) : IBusinessRule
{
    public bool IsBroken() => !ratesTechnician && response.RatesTheTechnician;

    public string Message => "No technician reached this call; the card takes the customer's suggestion or complaint, not ratings.";
}
