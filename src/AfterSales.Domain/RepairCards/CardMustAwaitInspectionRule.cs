using AfterSales.Domain.Common;

namespace AfterSales.Domain.RepairCards;

public sealed class CardMustAwaitInspectionRule(RepairCardStatus status) : IStateRule
{
    public bool IsBroken() => status != RepairCardStatus.AwaitingInspection;

    public string Message => status == RepairCardStatus.InRepair
        ? "The repair is not finished yet; there is nothing to inspect."
        : $"The card is {status}; it was already inspected.";
}
