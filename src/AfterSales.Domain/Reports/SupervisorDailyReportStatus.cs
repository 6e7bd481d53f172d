namespace AfterSales.Domain.Reports;

/// <summary>Where a unit's daily report (form 007) stands in its chain (R16, R17).</summary>
public enum SupervisorDailyReportStatus
{
    /// <summary>Filed by the unit's supervisor; a branch's waits for its manager, a center's for the service department.</summary>
    Submitted,

    /// <summary>A branch's report signed by the branch manager; waits for the service department.</summary>
    SignedOff,

    /// <summary>Checked by the service department: the end of the chain.</summary>
    Checked,

    /// <summary>Sent back by a step of the chain with a note, to be corrected and submitted again.</summary>
    Returned,
}
