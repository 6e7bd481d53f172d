using AfterSales.Domain.Common;

namespace AfterSales.Domain.Complaints;

/// <summary>R26: review and reply depend on the severity, so they wait for the triage.</summary>
public sealed class ComplaintMustBeTriagedRule(ComplaintSeverity? severity) : IStateRule
{
    public bool IsBroken() => severity is null;

    public string Message => "The complaint has not been triaged as Serious or General yet.";
}
