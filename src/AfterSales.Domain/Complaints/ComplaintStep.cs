namespace AfterSales.Domain.Complaints;

/// <summary>The steps a complaint goes through before it may close (R26–R28), in their order.</summary>
public enum ComplaintStep
{
    Triage,

    /// <summary>The vice general manager's review; Serious complaints only.</summary>
    Review,

    /// <summary>R28: the visit by the unit's supervisor or the supervisor's designee.</summary>
    Visit,
    Reply,
    Finding,
}
