using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Common;
using AfterSales.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Common.Scoping;

public static class UnitScoping
{
    /// <summary>Loads a record for a change; another unit's record is as absent as a missing one (404).</summary>
    public static async Task<T> FindInScopeAsync<T>(this DbSet<T> set, Guid id, ICurrentUser user, CancellationToken cancellationToken)
        where T : class, IBelongsToUnit
    {
        var entity = await set.FindAsync([id], cancellationToken);
        return entity is not null && user.CanAccessUnit(entity.UnitId)
            ? entity
            : throw new NotFoundException(typeof(T).Name, id);
    }

    /// <summary>Loads a record for a change, honouring the request's If-Match.</summary>
    public static async Task<T> FindForChangeAsync<T>(this DbSet<T> set, Guid id, ICurrentUser user, IRequestContext request, CancellationToken cancellationToken)
        where T : class, IBelongsToUnit, IVersioned
    {
        var entity = await set.FindInScopeAsync(id, user, cancellationToken);
        set.ExpectVersion(entity, request.ExpectedVersion);
        return entity;
    }

    /// <summary>Loads a unit for a change by an admin (every unit is in scope), honouring the request's If-Match.</summary>
    public static async Task<ServiceUnit> FindUnitForChangeAsync(this DbSet<ServiceUnit> units, Guid id, IRequestContext request, CancellationToken cancellationToken)
    {
        var unit = await units.FindAsync([id], cancellationToken) ?? throw new NotFoundException(nameof(ServiceUnit), id);
        units.ExpectVersion(unit, request.ExpectedVersion);
        return unit;
    }

    /// <summary>Loads a unit in the caller's scope for a change (another unit is a 404), honouring the request's If-Match.</summary>
    public static async Task<ServiceUnit> FindUnitInScopeForChangeAsync(this DbSet<ServiceUnit> units, Guid id, ICurrentUser user, IRequestContext? request, CancellationToken cancellationToken)
    {
        var unit = (user.CanAccessUnit(id) ? await units.FindAsync([id], cancellationToken) : null) ?? throw new NotFoundException(nameof(ServiceUnit), id);
        units.ExpectVersion(unit, request?.ExpectedVersion);
        return unit;
    }

    /// <summary>
    /// Loads a record for a change while holding its row lock until the command commits, for steps
    /// that must see the last committed state rather than race it: a concurrent command on the same
    /// record waits, then reads what the first one saved (repeating an invoice number is then the
    /// harmless repeat it is, not a lost race).
    /// </summary>
    public static async Task<T> FindLockedForChangeAsync<T>(this DbSet<T> set, Guid id, ICurrentUser user, IRequestContext request, CancellationToken cancellationToken)
        where T : class, IBelongsToUnit, IVersioned
    {
        var entity = await set.FindLockedAsync(id, cancellationToken);
        if (entity is null || !user.CanAccessUnit(entity.UnitId))
        {
            throw new NotFoundException(typeof(T).Name, id);
        }

        set.ExpectVersion(entity, request.ExpectedVersion);
        return entity;
    }

    /// <summary>
    /// Loads a versioned record and holds its row lock until the command commits: commands that must
    /// not interleave on one record (a technician's day, a unit's register) queue behind each other.
    /// </summary>
    public static async Task<T?> FindLockedAsync<T>(this DbSet<T> set, Guid id, CancellationToken cancellationToken)
        where T : class, IVersioned
    {
        var table = set.EntityType.GetTableName()!;
        var key = set.EntityType.FindPrimaryKey()!.Properties.Single().GetColumnName();
        // Table and column names come from the model, never from the request; the id is a parameter.
        // Row versions are PostgreSQL's xmin, a system column that * does not include.
        var sql = "SELECT t.*, t.xmin FROM \"" + table + "\" t WHERE t.\"" + key + "\" = {0} FOR UPDATE";
        return await set.FromSqlRaw(sql, id).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Honours If-Match on a loaded record: a stale version is refused now (412), and the save is made
    /// conditional on it, so a change landing between the read and the write is refused too.
    /// </summary>
    public static void ExpectVersion<T>(this DbSet<T> set, T entity, uint? expected)
        where T : class, IVersioned
    {
        if (expected is null)
        {
            return;
        }

        if (entity.Version != expected)
        {
            throw new PreconditionFailedException($"The {typeof(T).Name} has changed since version {expected}; it is now at version {entity.Version}.");
        }

        set.Entry(entity).Property(nameof(IVersioned.Version)).OriginalValue = expected.Value;
    }

    /// <summary>
    /// Honours If-Match on a command to a record that the command reads but does not change (a
    /// technician's day, a unit's register): a stale version is refused (412) before anything is done.
    /// </summary>
    public static void ExpectCurrent<T>(this IRequestContext request, T entity)
        where T : IVersioned
    {
        if (request.ExpectedVersion is { } expected && expected != entity.Version)
        {
            throw new PreconditionFailedException($"The {typeof(T).Name} has changed since version {expected}; it is now at version {entity.Version}.");
        }
    }

    /// <summary>The unit a list is about: the caller's own, or for all-unit roles the one asked for.</summary>
    public static Guid? ListUnit(this ICurrentUser user, Guid? requested)
    {
        if (user.SeesAllUnits)
        {
            return requested;
        }

        if (requested is { } unit && unit != user.UnitId)
        {
            throw new NotFoundException("ServiceUnit", unit);
        }

        return user.UnitId ?? throw new ForbiddenAccessException("The token names no unit.");
    }

    /// <summary>The staff id of the caller, required for steps the regulation ties to a person.</summary>
    public static Guid RequireStaffId(this ICurrentUser user) =>
        user.StaffId ?? throw new ForbiddenAccessException("This step is recorded against a staff member; the token names none.");
}
