using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Common.Behaviours;

/// <summary>
/// Every command is one transaction: the change, its audit lines and its idempotency record commit
/// together or not at all. Handlers change aggregates and return; this saves them. A transient database failure (a restart, a dropped connection) before the
/// commit re-runs the whole command from a clean slate under the database's retrying strategy, so a
/// retried attempt reads the database afresh and can never apply half of a failed one. A failure of
/// the commit itself is never retried: its outcome is unknown, and the client is told to retry with
/// the same Idempotency-Key, which replays the answer if the first commit did land.
/// </summary>
public sealed class TransactionBehaviour<TMessage, TResponse>(IApplicationDbContext db)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var strategy = OperationStrategy.Of(db);
        return await strategy.ExecuteAsync(
            async ct =>
            {
                db.ChangeTracker.Clear();

                // A command is all or nothing: a failed save fails the whole command and rolls the
                // transaction back, so EF's savepoint around each save inside it (two more round trips,
                // one of them while the unit's number counter is locked) protects nothing.
                db.Database.AutoSavepointsEnabled = false;
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var response = await next(message, ct);
                await UnitOfWork.SaveLastAsync(db, ct);
                try
                {
                    await transaction.CommitAsync(ct);
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    throw new DatabaseUnavailableException(
                        "The database failed while committing; the change may or may not have been saved. Retry with the same Idempotency-Key to get its answer.",
                        failure);
                }

                // Stamped after the commit, so that the row locks are not held for it (UnitOfWork).
                UnitOfWork.StampVersions(db, response);
                return response;
            },
            cancellationToken);
    }
}
