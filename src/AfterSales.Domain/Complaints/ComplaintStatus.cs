namespace AfterSales.Domain.Complaints;

public enum ComplaintStatus
{
    /// <summary>Not yet triaged.</summary>
    Received,

    /// <summary>Triaged, being handled: review, visit and reply.</summary>
    Open,

    /// <summary>Closed with a finding; can be reopened with a reason.</summary>
    Closed,
}
