using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace AfterSales.Infrastructure.Persistence;

/// <summary>
/// Npgsql's retrying strategy (a restart or a dropped connection is retried a few times, briefly), with one
/// difference: inside an operation it is already retrying whole (every command, under the transaction
/// behaviour; every query, under the query behaviour) a statement does not count as retrying on its own.
/// EF Core reads the whole result of a statement that may be retried alone into memory before shaping its
/// first row, naming each column's type as it goes; inside a whole operation that copy protects nothing,
/// because a failure in the middle of a read fails the operation, which then runs again from the start.
/// Measured: the copy was a quarter of what reading a call allocated (docs/architecture.md, "Performance").
/// Outside any operation (the unit read for a waiting call's working time left, the readiness check) a statement
/// is still buffered and retried alone.
/// </summary>
public sealed class WholeOperationRetryingStrategy(ExecutionStrategyDependencies dependencies, int maxRetryCount, TimeSpan maxRetryDelay)
    : NpgsqlRetryingExecutionStrategy(dependencies, maxRetryCount, maxRetryDelay, errorCodesToAdd: null)
{
    public override bool RetriesOnFailure => Current is null && base.RetriesOnFailure;
}
