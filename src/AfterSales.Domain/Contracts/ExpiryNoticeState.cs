namespace AfterSales.Domain.Contracts;

/// <summary>Where an expiry notice stands on a given day (R20), derived from its dates: no job moves it.</summary>
public enum ExpiryNoticeState
{
    /// <summary>Before the due date.</summary>
    Upcoming,

    /// <summary>Due, not yet sent, within the days allowed for sending.</summary>
    Due,

    /// <summary>Due and still not sent after the days allowed for sending.</summary>
    Overdue,

    /// <summary>Sent; the renewal is being sought.</summary>
    Sent,

    Renewed,
    Declined,
    NotNeeded,

    /// <summary>The term ended with no outcome.</summary>
    Lapsed,
}
