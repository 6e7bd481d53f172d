using AfterSales.Application.Common.Exceptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace AfterSales.Infrastructure.Persistence;

/// <summary>
/// The one place where what PostgreSQL and EF say becomes what the application means: a value the
/// client sent that the database refuses is bad input (400), a unique value taken is a conflict (409),
/// a lost race is a concurrency conflict, and only an unreachable or restarting server is
/// "unavailable" (503). Anything else is our own fault and stays as it is (500).
/// </summary>
public static class DatabaseErrors
{
    /// <summary>The constraint whose violation means a retry with the same Idempotency-Key is still running.</summary>
    public const string IdempotencyKeyConstraint = "pk_idempotency_records";

    public static Exception Translate(Exception exception)
    {
        if (exception is DbUpdateConcurrencyException concurrency)
        {
            return new ConcurrencyConflictException("Another change to the same record was saved first; nothing was changed. Retry.", concurrency);
        }

        if (Find<PostgresException>(exception) is { } postgres)
        {
            return FromSqlState(postgres) ?? exception;
        }

        // Connection failures, timeouts and EF's "transient failure" wrapper around them.
        if (Find<NpgsqlException>(exception) is not null || Find<TimeoutException>(exception) is not null ||
            exception is RetryLimitExceededException)
        {
            return new DatabaseUnavailableException(DatabaseUnavailableException.DefaultMessage, exception);
        }

        return exception;
    }

    private static Exception? FromSqlState(PostgresException postgres)
    {
        var state = postgres.SqlState;
        return state switch
        {
            PostgresErrorCodes.UniqueViolation when postgres.ConstraintName == IdempotencyKeyConstraint => new ConflictException(
                "idempotency-key-in-progress", "A request with this Idempotency-Key was being processed at the same time; retry to get its answer."),
            PostgresErrorCodes.UniqueViolation => new ConflictException(
                "duplicate", "A record with the same unique value already exists; nothing was changed."),
            PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected => new ConcurrencyConflictException(
                "A concurrent change won; nothing was changed. Retry.", postgres),
            PostgresErrorCodes.ForeignKeyViolation or PostgresErrorCodes.CheckViolation or PostgresErrorCodes.ExclusionViolation => new ConflictException(
                "conflict", "The change conflicts with the records as they are now; nothing was changed."),

            // Class 22, data exception: a value the client sent (a NUL in text, a number out of range).
            _ when state.StartsWith("22", StringComparison.Ordinal) => new UnstorableInputException(
                $"A value in the request cannot be stored: {postgres.MessageText}.", postgres),

            // Connection exceptions, shutdown and restart, resource exhaustion, server I/O errors.
            _ when state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal) ||
                   state.StartsWith("57P", StringComparison.Ordinal) || state.StartsWith("58", StringComparison.Ordinal) ||
                   postgres.IsTransient => new DatabaseUnavailableException(DatabaseUnavailableException.DefaultMessage, postgres),
            _ => null,
        };
    }

    private static T? Find<T>(Exception exception)
        where T : Exception
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is T found)
            {
                return found;
            }
        }

        return null;
    }
}
