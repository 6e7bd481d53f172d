using AfterSales.Domain.Calendars;
using AfterSales.Domain.Common;

namespace AfterSales.Domain.Units;

/// <summary>A service center or branch, with the calendar and policy its deadlines are counted by.</summary>
public sealed class ServiceUnit : Entity, IAggregateRoot, IVersioned
{
    private ServiceUnit()
    {
        Name = string.Empty;
        Code = string.Empty;
        Calendar = null!;
        Policy = ServicePolicy.Default;
    }

    private ServiceUnit(Guid id, string name, string code, UnitKind kind, WorkingCalendar calendar, ServicePolicy policy)
    {
        Id = id;
        Name = name;
        Code = code;
        Kind = kind;
        Calendar = calendar;
        Policy = policy;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>Short code that prefixes the unit's people-facing numbers (calls, receipts, cards).</summary>
    public string Code { get; private set; }

    public UnitKind Kind { get; private set; }

    public WorkingCalendar Calendar { get; private set; }

    public ServicePolicy Policy { get; private set; }

    /// <summary>Row version for optimistic concurrency (PostgreSQL xmin).</summary>
    public uint Version { get; private set; }

    public static ServiceUnit Open(Guid id, string name, string code, UnitKind kind, WorkingCalendar calendar) =>
        new(id, name, code, kind, calendar, ServicePolicy.Default);

    public void ReplaceCalendar(WorkingCalendar calendar) => Calendar = calendar;

    public void ReplacePolicy(ServicePolicy policy) => Policy = policy;

    /// <summary>R19: when a call received at <paramref name="receivedAt"/> in <paramref name="zone"/> must see a technician on site.</summary>
    public DateTimeOffset DispatchDeadline(DateTimeOffset receivedAt, ServiceZone zone) =>
        DispatchDeadlinePolicy.DueAt(receivedAt, zone, Policy, Calendar);
}
