using AfterSales.Domain.Common;

namespace AfterSales.Domain.RepairCards;

public sealed class EscalationMustBelongToTheCardRule(bool found) : IBusinessRule
{
    public bool IsBroken() => !found;

    public string Message => "No such report of lateness on this card.";
}
