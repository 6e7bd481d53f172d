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

    /// <summary>The notices in <paramref name="state"/> on <paramref name="today"/>, as a query filter.</summary>
    public static Expression<Func<ContractExpiryNotice, bool>> InState(ExpiryNoticeState state, DateOnly today, int sendWithinDays)
    {
        var lateFrom = today.AddDays(-sendWithinDays);
        return state switch
        {
            ExpiryNoticeState.Upcoming => n => n.Outcome == null && n.SentOn == null && n.TermEndsOn >= today && n.DueOn > today,
            ExpiryNoticeState.Due => n => n.Outcome == null && n.SentOn == null && n.TermEndsOn >= today && n.DueOn <= today && n.DueOn > lateFrom,
            ExpiryNoticeState.Overdue => n => n.Outcome == null && n.SentOn == null && n.TermEndsOn >= today && n.DueOn <= lateFrom,
            ExpiryNoticeState.Sent => n => n.Outcome == null && n.SentOn != null && n.TermEndsOn >= today,
            ExpiryNoticeState.Lapsed => n => n.Outcome == null && n.TermEndsOn < today,
            ExpiryNoticeState.Renewed => n => n.Outcome == ExpiryNoticeOutcome.Renewed,
            ExpiryNoticeState.Declined => n => n.Outcome == ExpiryNoticeOutcome.Declined,
            ExpiryNoticeState.NotNeeded => n => n.Outcome == ExpiryNoticeOutcome.NotNeeded,
            _ => throw new ArgumentOutOfRangeException(nameof(state)),
        };
    }

    public static ExpiryNoticeState StateOn(ContractExpiryNotice notice, DateOnly today, int sendWithinDays) =>
        Enum.GetValues<ExpiryNoticeState>().Single(state => InState(state, today, sendWithinDays).Compile(preferInterpretation: true)(notice));
}
