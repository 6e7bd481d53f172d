using AfterSales.Domain.Common;

namespace AfterSales.Domain.Contracts;

public sealed class TermMustEndAfterItStartsRule(DateOnly startsOn, DateOnly endsOn) : IBusinessRule
{
    public bool IsBroken() => endsOn < startsOn;

    public string Message => $"A contract term cannot end ({endsOn:yyyy-MM-dd}) before it starts ({startsOn:yyyy-MM-dd}).";
}
