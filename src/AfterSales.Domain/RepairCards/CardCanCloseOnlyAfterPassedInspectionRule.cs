using AfterSales.Domain.Common;

namespace AfterSales.Domain.RepairCards;

public sealed class CardCanCloseOnlyAfterPassedInspectionRule(RepairCardStatus status) : IStateRule
{
    public bool IsBroken() => status != RepairCardStatus.Passed;

    public string Message => status == RepairCardStatus.Closed
        ? "The card is already closed; the product was returned."
        : $"The card is {status}; it can be closed only after a passed inspection.";
}
