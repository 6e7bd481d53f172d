using AfterSales.Application.Common.Auditing;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Common.Behaviours;

/// <summary>
/// Writes an audit line for each aggregate a successful command added or changed, read from the change
/// tracker in this one place and saved in the command's transaction: handlers never list what they touched.
/// </summary>
public sealed class AuditBehaviour<TMessage, TResponse>(
    IApplicationDbContext db,
    ICurrentUser user,
    TimeProvider clock)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        db.ChangeTracker.DetectChanges();
        var changed = db.ChangeTracker.Entries<IAggregateRoot>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified ||
                        e.References.Any(r => r.TargetEntry is { State: EntityState.Added or EntityState.Modified or EntityState.Deleted } target && target.Metadata.IsOwned()))
            .Select(e => (Entity: e.Metadata.ClrType.Name, e.Entity.Id))
            .ToList();
        var now = clock.GetUtcNow();
        foreach (var (entity, id) in changed)
        {
            db.AuditEntries.Add(new AuditEntry
            {
                Id = Guid.CreateVersion7(now),
                At = now,
                ActorId = user.StaffId,
                ActorRoles = string.Join(',', user.Roles.Order()),
                ActorUnitId = user.UnitId,
                Command = typeof(TMessage).Name,
                Entity = entity,
                EntityId = id,
            });
        }

        return response;
    }
}
