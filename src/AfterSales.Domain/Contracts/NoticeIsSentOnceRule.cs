using AfterSales.Domain.Common;

namespace AfterSales.Domain.Contracts;

/// <summary>R20: one notice per term, sent once.</summary>
public sealed class NoticeIsSentOnceRule(DateOnly? sentOn) : IStateRule
{
    public bool IsBroken() => sentOn is not null;

    public string Message => $"The notice was already sent on {sentOn:yyyy-MM-dd}.";
}
