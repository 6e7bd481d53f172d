namespace AfterSales.Domain.Calls;

/// <summary>
/// K1, call by call: an arrival judged against its deadline (R19) is on time or late; a call never
/// reached after its deadline is late, cancelled before it does not count, and one still within its
/// deadline is not counted yet. Pure: the instant is an argument.
/// </summary>
public static class OnTimePolicy
{
    public static OnTimeVerdict Judge(DateTimeOffset deadline, bool? deadlineMet, CallStatus status, DateTimeOffset? closedAt, DateTimeOffset now) =>
        deadlineMet switch
        {
            true => OnTimeVerdict.OnTime,
            false => OnTimeVerdict.Late,
            null when status == CallStatus.Cancelled => closedAt is { } cancelledAt && cancelledAt > deadline ? OnTimeVerdict.Late : OnTimeVerdict.NotCounted,
            null => now > deadline ? OnTimeVerdict.Late : OnTimeVerdict.NotCounted,
        };
}
