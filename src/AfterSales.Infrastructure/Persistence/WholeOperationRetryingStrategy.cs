using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace AfterSales.Infrastructure.Persistence;

/// <summary>
/// Npgsql's retrying strategy (a restart or a dropped connection is retried a few times, briefly), with two
/// differences.
/// <para>
/// Inside an operation it is already retrying whole (every command, under the transaction behaviour; every query,
/// under the query behaviour) a statement does not count as retrying on its own. EF Core reads the whole result of
/// a statement that may be retried alone into memory before shaping its first row, naming each column's type as it
/// goes; inside a whole operation that copy protects nothing, because a failure in the middle of a read fails the
/// operation, which then runs again from the start. Measured: the copy was a quarter of what reading a call
/// allocated (docs/architecture.md, "Performance"). Outside any operation (the unit read for a waiting call's
/// working time left, the readiness check) a statement is still buffered and retried alone.
/// </para>
/// <para>
/// An operation is run by one asynchronous method instead of EF Core's three nested ones (the operation wrapped
/// to carry its result, the retry loop, the outer call), each of which every request waiting for PostgreSQL
/// suspends and resumes, with the same decisions in the same order: an operation nested in another runs as it is,
/// a failure <see cref="ExecutionStrategy.ShouldRetryOn"/> accepts is retried after <see cref="ExecutionStrategy.GetNextDelay"/>
/// until it gives none, anything else is thrown as it came. An operation that asks to verify its success after a
/// failure is left to EF Core. <c>OutageTests</c> restart PostgreSQL under commands and reads.
/// </para>
/// </summary>
public sealed class WholeOperationRetryingStrategy(ExecutionStrategyDependencies dependencies, int maxRetryCount, TimeSpan maxRetryDelay)
    : NpgsqlRetryingExecutionStrategy(dependencies, maxRetryCount, maxRetryDelay, errorCodesToAdd: null)
{
    public override bool RetriesOnFailure => Current is null && base.RetriesOnFailure;

    public override async Task<TResult> ExecuteAsync<TState, TResult>(
        TState state,
        Func<DbContext, TState, CancellationToken, Task<TResult>> operation,
        Func<DbContext, TState, CancellationToken, Task<ExecutionResult<TResult>>>? verifySucceeded,
        CancellationToken cancellationToken = default)
    {
        if (Current is not null || verifySucceeded is not null)
        {
            return await base.ExecuteAsync(state, operation, verifySucceeded, cancellationToken);
        }

        OnFirstExecution();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            TimeSpan delay;
            try
            {
                Current = this;
                var result = await operation(Dependencies.CurrentContext.Context, state, cancellationToken);
                Current = null;
                return result;
            }
            catch (Exception failure)
            {
                Current = null;
                if (!CallOnWrappedException(failure, ShouldRetryOn))
                {
                    throw;
                }

                ExceptionsEncountered.Add(failure);
                delay = GetNextDelay(failure)
                    ?? throw new RetryLimitExceededException($"The operation failed after {MaxRetryCount} retries of transient database failures.", failure);
                Dependencies.Logger.ExecutionStrategyRetrying(ExceptionsEncountered, delay, async: true);
                OnRetry();
            }

            await Task.Delay(delay, cancellationToken);
        }
    }
}
