using AfterSales.Domain.Calls;
using AfterSales.Domain.Common;

namespace AfterSales.Domain.RepairCards;

/// <summary>
/// A3 with R13: a paid repair's hours were charged when the product went back; correcting them on the
/// card would leave the invoice request saying otherwise. That is put right through accounting.
/// </summary>
public sealed class ChargedRepairHoursStandRule(RepairCardStatus status, ServiceType type) : IStateRule
{
    public bool IsBroken() => status == RepairCardStatus.Closed && type == ServiceType.Paid;

    public string Message => "This paid repair's hours were charged when the product was returned; correct the charge through accounting, not the card.";
}
