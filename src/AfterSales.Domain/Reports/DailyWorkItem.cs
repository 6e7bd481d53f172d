using AfterSales.Domain.Calls;

namespace AfterSales.Domain.Reports;

/// <summary>Where a line of a daily report comes from.</summary>
public enum DailyWorkSource
{
    /// <summary>A call finished on site that day (its number).</summary>
    OnSiteCall,

    /// <summary>A work entry on a repair card that day (the card's number).</summary>
    RepairCard,

    /// <summary>Admin work recorded for the day.</summary>
    AdminWork,
}

/// <summary>One line of form 006: the work's type (R6 a–d), where it comes from, and its hours.</summary>
public sealed record DailyWorkItem(ServiceType Type, DailyWorkSource Source, string Reference, decimal Hours, string Description);
