using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Units;

/// <summary>
/// Units as the deadline quote (R19, <c>GET …/dispatch-deadline</c>) reads them, kept in memory for a few
/// seconds (<c>Units__QuoteCacheSeconds</c>, 5 by default; 0 reads every time): a clerk asks for a quote
/// on every call, and reading and parsing the unit's calendar was most of the answer's cost. A quote is
/// only a promise on the phone; the deadline a registered call keeps is always counted from the unit as
/// stored at registration. This instance forgets a unit when its calendar or policy changes; another
/// instance may quote from the old calendar for at most those seconds.
/// </summary>
public sealed class UnitQuotes(UnitQuoteSettings settings, TimeProvider clock)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, (ServiceUnit Unit, DateTimeOffset ReadAt)> _units = new();

    public async Task<ServiceUnit?> FindAsync(IApplicationDbContext db, Guid unitId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_units.TryGetValue(unitId, out var known) && now - known.ReadAt < TimeSpan.FromSeconds(settings.QuoteCacheSeconds))
        {
            return known.Unit;
        }

        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken);
        if (unit is not null && settings.QuoteCacheSeconds > 0)
        {
            _units[unitId] = (unit, now);
        }

        return unit;
    }

    /// <summary>Called by the commands that change what a quote depends on.</summary>
    public void Forget(Guid unitId) => _units.TryRemove(unitId, out _);
}

public sealed class UnitQuoteSettings
{
    public const string Section = "Units";

    public double QuoteCacheSeconds { get; set; } = 5;
}
