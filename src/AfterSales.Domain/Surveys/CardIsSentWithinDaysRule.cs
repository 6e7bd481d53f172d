using AfterSales.Domain.Common;

namespace AfterSales.Domain.Surveys;

/// <summary>R24: a card is sent within a set number of days after its register day, while the customer remembers the visit.</summary>
public sealed class CardIsSentWithinDaysRule(DateOnly registerDate, DateOnly sentOn, int maxDays) : IBusinessRule
{
    public bool IsBroken() => sentOn > registerDate.AddDays(maxDays) || sentOn < registerDate;

    public string Message => $"A card of {registerDate:yyyy-MM-dd} is sent between that day and {maxDays} days after it; {sentOn:yyyy-MM-dd} is outside.";
}
