namespace AfterSales.Domain.Common;

/// <summary>
/// Times told after the fact (an arrival, a signature, a hand-over, a return): the person says when it
/// happened, the system keeps when it was recorded beside it. A claimed time is never in the future
/// (beyond a few minutes of clock skew between a phone and the server) and never before the step it follows.
/// </summary>
public static class ClaimedTime
{
    /// <summary>How far a device's clock may run ahead of the server's.</summary>
    public static readonly TimeSpan AllowedClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Refuses <paramref name="claimed"/> if it is in the future of <paramref name="recordedAt"/> or before <paramref name="previous"/>.</summary>
    public static void Check(string what, DateTimeOffset claimed, DateTimeOffset recordedAt, string previousStep, DateTimeOffset? previous)
    {
        BusinessRules.Check(new ClaimedTimeCannotBeInTheFutureRule(what, claimed, recordedAt));
        if (previous is { } before)
        {
            BusinessRules.Check(new ClaimedTimeCannotPrecedeThePreviousStepRule(what, claimed, previousStep, before));
        }
    }
}
