using AfterSales.Domain.Common;

namespace AfterSales.Domain.Complaints;

public sealed class SeverityMustChangeRule(ComplaintSeverity? current, ComplaintSeverity requested) : IStateRule
{
    public bool IsBroken() => current == requested;

    public string Message => $"The complaint is already {requested}.";
}
