using AfterSales.Domain.Common;

namespace AfterSales.Domain.Contracts;

public sealed class NoticeMustBeOpenRule(ExpiryNoticeOutcome? outcome) : IStateRule
{
    public bool IsBroken() => outcome is not null;

    public string Message => $"The notice is settled ({outcome}).";
}
