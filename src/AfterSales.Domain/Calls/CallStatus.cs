namespace AfterSales.Domain.Calls;

/// <summary>Where a call stands, from the register line to its end.</summary>
public enum CallStatus
{
    /// <summary>In the dispatch queue (R8).</summary>
    Registered,

    /// <summary>A technician is assigned (派工).</summary>
    Dispatched,

    /// <summary>The technician is on site (R19 judged).</summary>
    Arrived,

    /// <summary>Repaired on site and signed for (R9); waiting for the clerk to log it out.</summary>
    CompletedOnSite,

    /// <summary>R11: taken away under a pickup receipt; in the technician's hands until the clerk receives it at the unit.</summary>
    InTransit,

    /// <summary>R11: received at the unit (the movement register's "in" line), its repair card open.</summary>
    InWorkshop,

    /// <summary>Logged out of the register, certificate filed (R9, R12).</summary>
    Closed,

    /// <summary>Cancelled by the clerk before anyone arrived.</summary>
    Cancelled,
}
