using AfterSales.Domain.Common;

namespace AfterSales.Domain.Calls;

/// <summary>A3: only an arrival that was recorded can be corrected.</summary>
public sealed class ArrivalMustBeRecordedRule(DateTimeOffset? arrivedAt) : IStateRule
{
    public bool IsBroken() => arrivedAt is null;

    public string Message => "The technician's arrival has not been recorded; record it rather than correct it.";
}
