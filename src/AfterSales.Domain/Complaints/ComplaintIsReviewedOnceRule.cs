using AfterSales.Domain.Common;

namespace AfterSales.Domain.Complaints;

public sealed class ComplaintIsReviewedOnceRule(DateTimeOffset? reviewedAt) : IStateRule
{
    public bool IsBroken() => reviewedAt is not null;

    public string Message => "The complaint has already been reviewed.";
}
