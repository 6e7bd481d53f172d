using AfterSales.Domain.Common;

namespace AfterSales.Domain.Units;

public sealed class ClosureMustEndAfterItStartsRule(DateTimeOffset from, DateTimeOffset to) : IBusinessRule
{
    public bool IsBroken() => to <= from;

    public string Message => "A closure must end after it starts.";
}

/// <summary>A closure is declared on the day: it may start now or earlier today, not on a day already past.</summary>
public sealed class ClosureStartsNoEarlierThanTodayRule(DateTimeOffset from, DateTimeOffset startOfToday) : IBusinessRule
{
    public bool IsBroken() => from < startOfToday;

    public string Message => "A closure may start earlier today, but not on a day already past: deadlines of days gone by stand.";
}

public sealed class ClosureMustBeInForceRule(UnitClosure closure) : IStateRule
{
    public bool IsBroken() => closure.CancelledAt is not null;

    public string Message => "This closure was cancelled.";
}

/// <summary>Ending early is before the planned end and not before the start: a closure that already ended stays as it was.</summary>
public sealed class ClosureEndsEarlyWithinItsSpanRule(UnitClosure closure, DateTimeOffset at) : IBusinessRule
{
    public bool IsBroken() => at < closure.From || at >= (closure.EndedAt ?? closure.To);

    public string Message => $"An early end must fall between the closure's start ({closure.From:O}) and its end ({closure.EndedAt ?? closure.To:O}).";
}
