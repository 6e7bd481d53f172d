using AfterSales.Domain.Common;

namespace AfterSales.Domain.Complaints;

/// <summary>A closed complaint takes no further step until it is reopened.</summary>
public sealed class ComplaintMustBeOpenRule(ComplaintStatus status) : IStateRule
{
    public bool IsBroken() => status == ComplaintStatus.Closed;

    public string Message => "The complaint is closed; reopen it with a reason first.";
}
