using AfterSales.Domain.Calendars;
using AfterSales.Domain.Common;

namespace AfterSales.Domain.Units;

/// <summary>A service center or branch, with the calendar and policy its deadlines are counted by.</summary>
public sealed class ServiceUnit : Entity, IAggregateRoot, IVersioned
{
    private List<KpiTargetChange> _targetHistory = [];
    private List<UnitClosure> _closures = [];

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

    /// <summary>Declared closures (停班停課), as declared, ended early or cancelled; in the order declared.</summary>
    public IReadOnlyList<UnitClosure> Closures => _closures;

    /// <summary>
    /// The calendar deadlines are counted on: the business hours with the closures in force taken out.
    /// (<see cref="Calendar"/> is the unit's calendar as edited; editing it never moves a deadline given.)
    /// </summary>
    public WorkingCalendar DeadlineCalendar =>
        _closures.Count == 0 ? Calendar : Calendar.WithClosures(_closures.Select(c => c.ClosedSpan).OfType<(DateTimeOffset, DateTimeOffset)>());

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

    /// <summary>
    /// 停班停課: the unit closes from <paramref name="from"/> to <paramref name="to"/>, which may have begun
    /// earlier today. The caller moves the deadlines that fall after it (<see cref="DeadlineCalendar"/>).
    /// </summary>
    public UnitClosure DeclareClosure(Guid id, DateTimeOffset from, DateTimeOffset to, ClosureReason reason, string? note, Guid? by, DateTimeOffset now)
    {
        CheckRule(new ClosureMustEndAfterItStartsRule(from, to));
        CheckRule(new ClosureStartsNoEarlierThanTodayRule(from, Calendar.StartOfDay(Calendar.LocalDate(now))));
        var closure = new UnitClosure(id, from, to, reason, note, by, now);
        _closures = [.. _closures, closure];
        return closure;
    }

    /// <summary>The closure is lifted at <paramref name="at"/>: the unit works again from then on.</summary>
    public UnitClosure EndClosureEarly(Guid closureId, DateTimeOffset at, Guid? by)
    {
        var closure = ClosureOf(closureId);
        CheckRule(new ClosureMustBeInForceRule(closure));
        CheckRule(new ClosureEndsEarlyWithinItsSpanRule(closure, at));
        return Replace(closure with { EndedAt = at, EndedBy = by });
    }

    /// <summary>Declared by mistake: the closure never closed anything, and the deadlines it moved go back.</summary>
    public UnitClosure CancelClosure(Guid closureId, string reason, Guid? by, DateTimeOffset now)
    {
        var closure = ClosureOf(closureId);
        CheckRule(new ClosureMustBeInForceRule(closure));
        return Replace(closure with { CancelledAt = now, CancelledBy = by, CancelReason = reason });
    }

    private UnitClosure ClosureOf(Guid closureId) =>
        _closures.SingleOrDefault(c => c.Id == closureId) ?? throw new KeyNotFoundException($"Closure {closureId} is not one of this unit's.");

    private UnitClosure Replace(UnitClosure changed)
    {
        _closures = _closures.Select(c => c.Id == changed.Id ? changed : c).ToList();
        return changed;
    }

    /// <summary>
    /// R19: when a call received at <paramref name="receivedAt"/> in <paramref name="zone"/> must see a
    /// technician on site, with the closures in force taken out of the working time.
    /// </summary>
    public DateTimeOffset DispatchDeadline(DateTimeOffset receivedAt, ServiceZone zone) =>
        DeadlineCalendar.MoveForClosures(receivedAt, DispatchDeadlinePolicy.DueAt(receivedAt, zone, Policy, Calendar));
}
