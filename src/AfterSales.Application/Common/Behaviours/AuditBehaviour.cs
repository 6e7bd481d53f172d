using AfterSales.Application.Common.Auditing;
using AfterSales.Application.Common.Interfaces;
using Mediator;

namespace AfterSales.Application.Common.Behaviours;

/// <summary>Writes an audit line for each record a successful command touched, inside its transaction.</summary>
public sealed class AuditBehaviour<TMessage, TResponse>(
    IApplicationDbContext db,
    AuditScope scope,
    ICurrentUser user,
    TimeProvider clock)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var (entity, id) in scope.Targets)
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
