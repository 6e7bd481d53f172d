using AfterSales.Application.Common.Auditing;
using AfterSales.Application.Common.Interfaces;
using Mediator;

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
        AuditTrail.Record(db, user.StaffId, string.Join(',', user.Roles.Order()), user.UnitId, typeof(TMessage).Name, clock.GetUtcNow());
        return response;
    }
}
