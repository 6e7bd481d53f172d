namespace AfterSales.Domain.Reports;

/// <summary>Where a technician's daily report (form 006) stands; a day with no report yet is a draft.</summary>
public enum TechnicianDailyReportStatus
{
    /// <summary>Confirmed by the technician: contents frozen with their hash.</summary>
    Submitted,

    /// <summary>核閱存查: reviewed and filed by the unit's supervisor.</summary>
    Reviewed,

    /// <summary>Sent back by the supervisor with a note, to be corrected and submitted again.</summary>
    Returned,
}
