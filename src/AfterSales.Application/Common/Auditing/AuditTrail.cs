using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Common.Auditing;

/// <summary>
/// The audit lines of a change about to be saved: one for each aggregate added or changed, read from the
/// change tracker. Written by the command pipeline (<c>AuditBehaviour</c>) and by the timed duties, which
/// act as no one (no actor id, role <c>System</c>).
/// </summary>
public static class AuditTrail
{
    public const string SystemRole = "System";

    public static void Record(IApplicationDbContext db, Guid? actorId, string actorRoles, Guid? actorUnitId, string command, DateTimeOffset now)
    {
        // One scan for changes; the enumeration would otherwise scan again.
        db.ChangeTracker.DetectChanges();
        var detecting = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        List<(string Entity, Guid Id)> changed;
        try
        {
            changed = db.ChangeTracker.Entries<IAggregateRoot>()
                .Where(e => e.State is EntityState.Added or EntityState.Modified ||
                            e.References.Any(r => r.TargetEntry is { State: EntityState.Added or EntityState.Modified or EntityState.Deleted } target && target.Metadata.IsOwned()))
                .Select(e => (Entity: e.Metadata.ClrType.Name, e.Entity.Id))
                .ToList();
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detecting;
        }

        foreach (var (entity, id) in changed)
        {
            db.AuditEntries.Add(new AuditEntry
            {
                Id = Guid.CreateVersion7(now),
                At = now,
                ActorId = actorId,
                ActorRoles = actorRoles,
                ActorUnitId = actorUnitId,
                Command = command,
                Entity = entity,
                EntityId = id,
            });
        }
    }
}
