using AfterSales.Domain.Common;

namespace AfterSales.Domain.Complaints;

public sealed class ComplaintMustBeClosedRule(ComplaintStatus status) : IStateRule
{
    public bool IsBroken() => status != ComplaintStatus.Closed;

    public string Message => "Only a closed complaint is reopened.";
}
