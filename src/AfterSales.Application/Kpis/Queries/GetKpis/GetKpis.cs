using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Units;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Kpis.Queries.GetKpis;

/// <summary>
/// K1–K3 for the calls received from <c>from</c> to <c>to</c> (days of each unit's calendar, inclusive),
/// by unit, zone, technician or month, for one unit or, for the service department and the vice general
/// manager, every unit. Counts are summed across units before any rate is taken.
/// </summary>
public sealed record GetKpis(Guid? UnitId, DateOnly From, DateOnly To, KpiGrouping? By) : IQuery<KpiReportDto>;

public sealed class GetKpisHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetKpis, KpiReportDto>
{
    public async ValueTask<KpiReportDto> Handle(GetKpis query, CancellationToken cancellationToken)
    {
        var by = query.By ?? KpiGrouping.Unit;
        var unitId = user.ListUnit(query.UnitId);
        var units = await db.Units.AsNoTracking().Where(u => unitId == null || u.Id == unitId).OrderBy(u => u.Code).ToListAsync(cancellationToken);
        if (unitId is { } requested && units.Count == 0)
        {
            throw new Common.Exceptions.NotFoundException(nameof(ServiceUnit), requested);
        }

        var now = clock.GetUtcNow().ToUniversalTime();
        var byId = units.ToDictionary(u => u.Id);
        var groups = new Dictionary<string, (KpiCounts Counts, HashSet<ServiceUnit> Units)>();
        foreach (var (unit, key, counts) in await KpiQueries.CountAsync(db, [.. byId.Keys], query.From, query.To, by, now, cancellationToken))
        {
            var group = groups.GetValueOrDefault(key, (KpiCounts.None, []));
            group.Units.Add(byId[unit]);
            groups[key] = (group.Counts + counts, group.Units);
        }

        var labels = by switch
        {
            KpiGrouping.Unit => units.ToDictionary(u => u.Id.ToString(), u => $"{u.Code} {u.Name}"),
            KpiGrouping.Technician => await db.Staff.AsNoTracking().Where(s => unitId == null || s.UnitId == unitId).ToDictionaryAsync(s => s.Id.ToString(), s => s.Name, cancellationToken),
            _ => [],
        };

        var rows = groups.OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Value.Counts.ToGroup(g.Key, labels.GetValueOrDefault(g.Key, g.Key), Agreed(g.Value.Units, TargetDay(g.Key, by, query.From))))
            .ToList();
        var total = groups.Values.Aggregate(KpiCounts.None, (sum, g) => sum + g.Counts).ToGroup("total", "Total", Agreed(units, query.From));
        return new KpiReportDto(query.From, query.To, by, rows, total);
    }

    /// <summary>The targets in force on the period's first day (a month's own first day when grouped by month).</summary>
    private static DateOnly TargetDay(string key, KpiGrouping by, DateOnly from) =>
        by == KpiGrouping.Month && DateOnly.TryParse(key + "-01", System.Globalization.CultureInfo.InvariantCulture, out var month) && month > from ? month : from;

    /// <summary>The units' targets on the day when they agree; a figure over units with different targets has none.</summary>
    private static KpiTargets? Agreed(IEnumerable<ServiceUnit> units, DateOnly day)
    {
        var targets = units.Select(u => u.TargetsOn(day)).Distinct().ToList();
        return targets.Count == 1 ? targets[0] : null;
    }
}

public sealed class GetKpisValidator : AbstractValidator<GetKpis>
{
    public GetKpisValidator()
    {
        RuleFor(q => q.From).IsServiceDate();
        RuleFor(q => q.To).IsServiceDate().GreaterThanOrEqualTo(q => q.From).WithMessage("'to' must be on or after 'from'.");
        RuleFor(q => q.To).Must((q, to) => to.DayNumber - q.From.DayNumber <= 366 * 3).WithMessage("A period is at most three years.");
        RuleFor(q => q.By).IsInEnum();
    }
}
