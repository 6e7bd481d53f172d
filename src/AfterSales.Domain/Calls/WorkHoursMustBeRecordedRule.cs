using AfterSales.Domain.Common;

namespace AfterSales.Domain.Calls;

/// <summary>A3: only hours recorded for work finished on site can be corrected.</summary>
public sealed class WorkHoursMustBeRecordedRule(decimal? workHours) : IStateRule
{
    public bool IsBroken() => workHours is null;

    public string Message => "No work hours were recorded on site for this call.";
}
