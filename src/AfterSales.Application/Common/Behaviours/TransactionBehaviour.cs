using AfterSales.Application.Common.Interfaces;
using Mediator;

namespace AfterSales.Application.Common.Behaviours;

/// <summary>
/// Every command is one transaction: the change, its audit lines and its idempotency record commit
/// together or not at all.
/// </summary>
public sealed class TransactionBehaviour<TMessage, TResponse>(IApplicationDbContext db)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await next(message, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}
