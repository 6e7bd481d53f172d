using AfterSales.Domain.Calendars;
using AfterSales.Domain.Common;

namespace AfterSales.Domain.Calls;

/// <summary>
/// R18: a call not dispatched by the end of its business day is carried over and is Priority from
/// the next business day. A call's business day is the first one on which the unit is open at or
/// after its receipt (a call taken at night belongs to the next day). Computed from the calendar
/// at registration, so it is right without any job having run.
/// </summary>
public static class CarryOverPolicy
{
    /// <summary>R18 as of an instant: still waiting for dispatch after its business day ended.</summary>
    public static readonly InstantRule<RepairCall> Priority = new((call, now) => call.Status == CallStatus.Registered && call.PriorityFrom <= now);

    /// <summary>
    /// The rest of the dispatch queue: waiting, its business day not over yet. The same as Registered and
    /// not <see cref="Priority"/>, written so the database can read it off the (unit, status, priority_from)
    /// index instead of scanning the carried-over calls before it.
    /// </summary>
    public static readonly InstantRule<RepairCall> WaitingNotYetPriority = new((call, now) => call.Status == CallStatus.Registered && call.PriorityFrom > now);

    /// <summary>
    /// R18 looking back (form 007): by <c>now</c> the call's priority had begun while it still waited for
    /// dispatch, whatever happened to it since; a call cancelled before that was never carried over.
    /// </summary>
    public static readonly InstantRule<RepairCall> CarriedOver = new((call, now) =>
        call.PriorityFrom <= now
        && (call.DispatchedAt == null || call.DispatchedAt >= call.PriorityFrom)
        && !(call.Status == CallStatus.Cancelled && call.ClosedAt < call.PriorityFrom));

    public static CarryOver For(DateTimeOffset receivedAt, WorkingCalendar calendar)
    {
        var firstOpen = IsInsideHours(receivedAt, calendar) ? receivedAt : NextOpening(receivedAt, calendar);
        var businessDay = calendar.LocalDate(firstOpen);
        var endOfDay = calendar.Periods(businessDay)[^1].End;
        var nextDay = businessDay.AddDays(1);
        while (!calendar.IsBusinessDay(nextDay))
        {
            nextDay = nextDay.AddDays(1);
            if (nextDay > businessDay.AddDays(366))
            {
                // Unreachable for a calendar that gave a deadline; kept so a bad calendar cannot loop.
                return new CarryOver(endOfDay, endOfDay);
            }
        }

        return new CarryOver(endOfDay, calendar.Periods(nextDay)[0].Start);
    }

    private static bool IsInsideHours(DateTimeOffset instant, WorkingCalendar calendar) =>
        calendar.Periods(calendar.LocalDate(instant)).Any(p => p.Start <= instant && instant < p.End);

    /// <summary>The first instant of business hours after <paramref name="instant"/>.</summary>
    private static DateTimeOffset NextOpening(DateTimeOffset instant, WorkingCalendar calendar)
    {
        // One tick of working time lands just inside the next period; its start is the opening.
        var inside = calendar.AddWorkingTime(instant, TimeSpan.FromTicks(1));
        return calendar.Periods(calendar.LocalDate(inside)).First(p => p.Start < inside && inside <= p.End).Start;
    }
}
