using AfterSales.Domain.Common;

namespace AfterSales.Domain.Reports;

/// <summary>R17: each step of the chain acts on a report waiting for it: a branch's manager signs a submitted report, the service department checks what the chain brought to it.</summary>
public sealed class SupervisorReportMustAwaitStepRule(SupervisorDailyReportStatus status, SupervisorDailyReportStatus expected, string step) : IStateRule
{
    public bool IsBroken() => status != expected;

    public string Message => $"The report is {status}; {step} needs it {expected}.";
}
