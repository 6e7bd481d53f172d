using AfterSales.Domain.Common;

namespace AfterSales.Domain.RepairCards;

public sealed class ClosedCardIsNeverLateRule(RepairCardStatus status) : IStateRule
{
    public bool IsBroken() => status == RepairCardStatus.Closed;

    public string Message => "The card is closed; the product is back with the customer.";
}
