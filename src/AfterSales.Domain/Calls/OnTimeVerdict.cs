namespace AfterSales.Domain.Calls;

/// <summary>How a call counts in the on-time rate (K1).</summary>
public enum OnTimeVerdict
{
    OnTime,
    Late,

    /// <summary>Not counted: cancelled before its deadline, or not reached while its deadline is still ahead.</summary>
    NotCounted,
}
