using AfterSales.Domain.Common;

namespace AfterSales.Domain.Billing;

/// <summary>
/// A3 with R13: the parts of paid work were charged with it (on the call's fee, or when a repaired product
/// went back); correcting them would leave the invoice request saying otherwise. That is put right
/// through accounting (a credit note and a new charge).
/// </summary>
public sealed class ChargedPartsStandRule(bool charged) : IStateRule
{
    public bool IsBroken() => charged;

    public string Message => "These parts were charged to the customer; correct the charge through accounting, not the record.";
}
