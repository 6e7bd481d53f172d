using System.Linq.Expressions;
using AfterSales.Domain.Calendars;

namespace AfterSales.Domain.Contracts;

/// <summary>
/// R20: when a term's expiry notice falls due, and where a notice stands on a day. Pure: the day and
/// the unit's calendar are arguments. Each state is one expression, evaluated by the notice in memory
/// and by the list's SQL alike.
/// </summary>
public static class ExpiryNoticePolicy
{
    /// <summary>
    /// One month before the term ends: the same day a month earlier (clamped to that month's end, so
    /// 31 March gives 28 or 29 February), moved back to the unit's previous working day. A term
    /// created with less than that left is due on the day it was created.
    /// </summary>
    public static DateOnly DueOn(DateOnly termEndsOn, DateOnly termCreatedOn, WorkingCalendar calendar)
    {
        var due = termEndsOn.AddMonths(-1);
        for (var i = 0; i < 366 && !calendar.IsBusinessDay(due); i++)
        {
            due = due.AddDays(-1);
        }

        return termCreatedOn > due ? termCreatedOn : due;
    }

    // Each state as one expression of (notice, today, first day that counts as late): compiled once for
    // records, bound to the day's values for queries.
    private static readonly Dictionary<ExpiryNoticeState, Expression<Func<ContractExpiryNotice, DateOnly, DateOnly, bool>>> States =
        new Dictionary<ExpiryNoticeState, Expression<Func<ContractExpiryNotice, DateOnly, DateOnly, bool>>>
        {
            [ExpiryNoticeState.Upcoming] = (n, today, lateFrom) => n.Outcome == null && n.SentOn == null && n.TermEndsOn >= today && n.DueOn > today,
            [ExpiryNoticeState.Due] = (n, today, lateFrom) => n.Outcome == null && n.SentOn == null && n.TermEndsOn >= today && n.DueOn <= today && n.DueOn > lateFrom,
            [ExpiryNoticeState.Overdue] = (n, today, lateFrom) => n.Outcome == null && n.SentOn == null && n.TermEndsOn >= today && n.DueOn <= lateFrom,
            [ExpiryNoticeState.Sent] = (n, today, lateFrom) => n.Outcome == null && n.SentOn != null && n.TermEndsOn >= today,
            [ExpiryNoticeState.Lapsed] = (n, today, lateFrom) => n.Outcome == null && n.TermEndsOn < today,
            [ExpiryNoticeState.Renewed] = (n, today, lateFrom) => n.Outcome == ExpiryNoticeOutcome.Renewed,
            [ExpiryNoticeState.Declined] = (n, today, lateFrom) => n.Outcome == ExpiryNoticeOutcome.Declined,
            [ExpiryNoticeState.NotNeeded] = (n, today, lateFrom) => n.Outcome == ExpiryNoticeOutcome.NotNeeded,
        };

    private static readonly IReadOnlyList<(ExpiryNoticeState State, Func<ContractExpiryNotice, DateOnly, DateOnly, bool> Holds)> Compiled =
        States.Select(s => (s.Key, s.Value.Compile())).ToList();

    /// <summary>The notices in <paramref name="state"/> on <paramref name="today"/>, as a query filter (the days become SQL parameters).</summary>
    public static Expression<Func<ContractExpiryNotice, bool>> InState(ExpiryNoticeState state, DateOnly today, int sendWithinDays)
    {
        var rule = States.TryGetValue(state, out var found) ? found : throw new ArgumentOutOfRangeException(nameof(state));
        var lateFrom = today.AddDays(-sendWithinDays);
        Expression<Func<DateOnly>> todayValue = () => today;
        Expression<Func<DateOnly>> lateFromValue = () => lateFrom;
        var body = new Bind(rule.Parameters[1], todayValue.Body, rule.Parameters[2], lateFromValue.Body).Visit(rule.Body);
        return Expression.Lambda<Func<ContractExpiryNotice, bool>>(body, rule.Parameters[0]);
    }

    public static ExpiryNoticeState StateOn(ContractExpiryNotice notice, DateOnly today, int sendWithinDays)
    {
        var lateFrom = today.AddDays(-sendWithinDays);
        return Compiled.Single(s => s.Holds(notice, today, lateFrom)).State;
    }

    private sealed class Bind(ParameterExpression today, Expression todayValue, ParameterExpression lateFrom, Expression lateFromValue) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == today ? todayValue : node == lateFrom ? lateFromValue : base.VisitParameter(node);
    }
}
