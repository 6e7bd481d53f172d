using AfterSales.Domain.Common;

namespace AfterSales.Domain.Contracts;

/// <summary>R20: a notice goes out from its due date on, and its sending day is not in the future.</summary>
public sealed class NoticeIsSentFromItsDueDateRule(DateOnly dueOn, DateOnly sentOn, DateOnly today) : IBusinessRule
{
    public bool IsBroken() => sentOn < dueOn || sentOn > today;

    public string Message => sentOn > today
        ? $"The sending day {sentOn:yyyy-MM-dd} is in the future."
        : $"The notice falls due on {dueOn:yyyy-MM-dd}; it cannot be sent on {sentOn:yyyy-MM-dd}.";
}
