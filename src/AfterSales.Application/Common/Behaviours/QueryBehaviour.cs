using AfterSales.Application.Common.Interfaces;
using Mediator;

namespace AfterSales.Application.Common.Behaviours;

/// <summary>
/// A query runs whole under the database's retrying execution strategy, as a command does: a transient failure
/// (a restart, a dropped connection) re-runs the handler from the start, so an answer never mixes reads from
/// before and after the failure. Inside the operation the strategy (WholeOperationRetryingStrategy) does not
/// retry a statement alone, so EF streams its rows instead of first copying the whole result into memory to
/// make that retry possible; the copy was a quarter of what reading a call allocated (docs/architecture.md, "Performance").
/// The handler's task is handed to the strategy as it is, with no asynchronous step of this behaviour's own
/// for the request to suspend and resume while it waits for PostgreSQL.
/// </summary>
public sealed class QueryBehaviour<TMessage, TResponse>(IApplicationDbContext db)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseQuery
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken) =>
        new(OperationStrategy.Of(db).ExecuteAsync(
            (message, next),
            static (_, state, ct) => state.next(state.message, ct).AsTask(),
            null,
            cancellationToken));
}
