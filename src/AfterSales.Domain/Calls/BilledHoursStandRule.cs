using AfterSales.Domain.Common;

namespace AfterSales.Domain.Calls;

/// <summary>
/// A3 with R10: a paid call's hours were charged on its fee, collected or invoiced; correcting them here
/// would leave the money saying otherwise. Such a mistake is put right through the accounting system
/// (a credit note and a new charge), not by rewriting the call.
/// </summary>
public sealed class BilledHoursStandRule(Money? fee) : IStateRule
{
    public bool IsBroken() => fee is not null;

    public string Message => "These hours were charged on the call's fee; correct the charge through accounting, not the call.";
}
