using AfterSales.Domain.Common;

namespace AfterSales.Domain.Reports;

/// <summary>R15: a day whose report is submitted or reviewed is frozen; only a returned report opens it again.</summary>
public sealed class DayIsOpenForWorkRule(DateOnly date, TechnicianDailyReportStatus? reportStatus) : IStateRule
{
    public bool IsBroken() => reportStatus is TechnicianDailyReportStatus.Submitted or TechnicianDailyReportStatus.Reviewed;

    public string Message => $"The daily report of {date:yyyy-MM-dd} is {reportStatus}; the day's work can change only after the supervisor returns it.";
}
