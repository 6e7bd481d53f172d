using AfterSales.Domain.Common;

namespace AfterSales.Domain.Complaints;

public sealed class ComplaintIsRepliedOnceRule(DateTimeOffset? repliedAt) : IStateRule
{
    public bool IsBroken() => repliedAt is not null;

    public string Message => "The customer has already been answered.";
}
