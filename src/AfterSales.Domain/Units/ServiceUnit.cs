using AfterSales.Domain.Calendars;
using AfterSales.Domain.Common;

namespace AfterSales.Domain.Units;

/// <summary>A service center or branch, with the calendar and policy its deadlines are counted by.</summary>
public sealed class ServiceUnit : Entity, IAggregateRoot, IVersioned
{
    private List<KpiTargetChange> _targetHistory = [];

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

    /// <summary>The targets each change put in force, oldest first; before the first change, the defaults.</summary>
    public IReadOnlyList<KpiTargetChange> TargetHistory => _targetHistory;

    /// <summary>Row version for optimistic concurrency (PostgreSQL xmin).</summary>
    public uint Version { get; private set; }

    public static ServiceUnit Open(Guid id, string name, string code, UnitKind kind, WorkingCalendar calendar) =>
        new(id, name, code, kind, calendar, ServicePolicy.Default);

    public void ReplaceCalendar(WorkingCalendar calendar) => Calendar = calendar;

    /// <summary>A new policy; new KPI targets are in force from <paramref name="today"/> on, the old ones before it.</summary>
    public void ReplacePolicy(ServicePolicy policy, DateOnly today)
    {
        if (policy.Targets != Policy.Targets)
        {
            _targetHistory = [.. _targetHistory.Where(c => c.EffectiveFrom < today), new KpiTargetChange(today, policy.Targets)];
        }

        Policy = policy;
    }

    /// <summary>The targets in force on <paramref name="date"/>: a change made later does not rewrite earlier periods.</summary>
    public KpiTargets TargetsOn(DateOnly date) =>
        _targetHistory.LastOrDefault(c => c.EffectiveFrom <= date)?.Targets ?? (_targetHistory.Count > 0 ? KpiTargets.Default : Policy.Targets);

    /// <summary>R19: when a call received at <paramref name="receivedAt"/> in <paramref name="zone"/> must see a technician on site.</summary>
    public DateTimeOffset DispatchDeadline(DateTimeOffset receivedAt, ServiceZone zone) =>
        DispatchDeadlinePolicy.DueAt(receivedAt, zone, Policy, Calendar);
}
