using AfterSales.Domain.Common;

namespace AfterSales.Domain.RepairCards;

public sealed class PromisedCompletionMustBeAfterOpeningRule(DateTimeOffset openedAt, DateTimeOffset promisedAt) : IBusinessRule
{
    public bool IsBroken() => promisedAt <= openedAt;

    public string Message => "The promised completion time must be later than now.";
}
