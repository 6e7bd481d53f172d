using AfterSales.Domain.Calendars;
using AfterSales.Domain.Reports;

namespace AfterSales.Application.Reports;

internal static class DailyReportStates
{
    /// <summary>R15: a day not submitted by the next business day's opening is missing; before that, a draft.</summary>
    public static DailyReportState Of(TechnicianDailyReportStatus? status, DateOnly date, WorkingCalendar calendar, DateTimeOffset now) => status switch
    {
        TechnicianDailyReportStatus.Submitted => DailyReportState.Submitted,
        TechnicianDailyReportStatus.Reviewed => DailyReportState.Reviewed,
        TechnicianDailyReportStatus.Returned => DailyReportState.Returned,
        _ => calendar.FirstOpeningAfter(date) is { } due && now >= due ? DailyReportState.Missing : DailyReportState.Draft,
    };
}
