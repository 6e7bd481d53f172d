namespace AfterSales.Domain.Common;

/// <summary>A3: a correction says what was wrong; one that changes nothing would only add noise to the record.</summary>
public sealed class CorrectionMustChangeSomethingRule(bool changes) : IBusinessRule
{
    public bool IsBroken() => !changes;

    public string Message => "The correction gives the values already recorded; nothing to correct.";
}
