using AfterSales.Domain.Units;

namespace AfterSales.Domain.Calendars;

/// <summary>
/// R19: a technician must be on site within 6 working hours of the call in town and 7 in the
/// suburbs (or what the unit's policy says), counted only inside the unit's business hours.
/// </summary>
public static class DispatchDeadlinePolicy
{
    public static DateTimeOffset DueAt(DateTimeOffset receivedAt, ServiceZone zone, ServicePolicy policy, WorkingCalendar calendar) =>
        calendar.AddWorkingTime(receivedAt, policy.SlaFor(zone));

    /// <summary>Whether an arrival met its deadline, and if not, by how much working time it was missed.</summary>
    public static ArrivalOutcome Judge(DateTimeOffset dueAt, DateTimeOffset arrivedAt, WorkingCalendar calendar) =>
        arrivedAt <= dueAt
            ? new ArrivalOutcome(true, TimeSpan.Zero)
            : new ArrivalOutcome(false, calendar.WorkingTimeBetween(dueAt, arrivedAt));
}
