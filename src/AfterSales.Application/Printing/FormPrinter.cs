using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Printing;

/// <summary>
/// What every printed form needs besides its record: the unit's name and zone for its header and its
/// times, the names of the staff it mentions, and the copy's print time; then the renderer draws it.
/// </summary>
public sealed class FormPrinter(IApplicationDbContext db, IFormRenderer renderer, TimeProvider clock)
{
    public async Task<(string Name, FormText Text)> UnitAsync(Guid unitId, CancellationToken cancellationToken)
    {
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken)
            ?? throw new NotFoundException(nameof(ServiceUnit), unitId);
        return ($"{unit.Name} ({unit.Code})", new FormText(unit.Calendar.Zone));
    }

    /// <summary>Names by id; an id with no staff record prints as the id, so nothing is silently blank.</summary>
    public async Task<Func<Guid?, string>> StaffNamesAsync(IEnumerable<Guid?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        var names = await db.Staff.AsNoTracking().Where(s => wanted.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        return id => id is { } staffId ? names.GetValueOrDefault(staffId, staffId.ToString()) : string.Empty;
    }

    public PrintedForm Print(FormDocument form, FormText text) =>
        new(renderer.Render(form with { PrintedAt = $"{text.Time(clock.GetUtcNow())} ({text.Zone.Id})" }), form.FileName);
}
