using AfterSales.Domain.Common;

namespace AfterSales.Domain.RepairCards;

public sealed class CardMustBeInRepairRule(RepairCardStatus status) : IStateRule
{
    public bool IsBroken() => status != RepairCardStatus.InRepair;

    public string Message => $"The card is {status}; work and parts are recorded only while it is in repair.";
}
