namespace AfterSales.Application.Common.Exceptions;

/// <summary>The record does not exist, or belongs to a unit the caller may not see (both read as 404).</summary>
public sealed class NotFoundException(string entity, object key)
    : Exception($"{entity} '{key}' was not found.")
{
    public string Entity { get; } = entity;

    /// <summary>What the record was looked up by: its id, or a number.</summary>
    public object Key { get; } = key;
}

/// <summary>The record was destroyed under A2 (410); its tombstone says what it was and which destruction removed it.</summary>
public sealed class GoneException(AfterSales.Application.Archiving.ArchivedRecordDto tombstone)
    : Exception($"{tombstone.Type} {tombstone.Number} was destroyed after its retention (destruction {tombstone.DestroyedBy}); only its tombstone is kept.")
{
    public AfterSales.Application.Archiving.ArchivedRecordDto Tombstone { get; } = tombstone;
}

/// <summary>The caller's role may not do this (403).</summary>
public sealed class ForbiddenAccessException(string message) : Exception(message);

/// <summary>The current state forbids the change, or a concurrent change won (409).</summary>
public sealed class ConflictException(string type, string message) : Exception(message)
{
    public string Type { get; } = type;
}

/// <summary>The client's If-Match names a version that is no longer current (412).</summary>
public sealed class PreconditionFailedException(string message) : Exception(message);

/// <summary>An Idempotency-Key was reused for a different request (422).</summary>
public sealed class IdempotencyKeyReusedException(string key)
    : Exception($"Idempotency-Key '{key}' was already used with a different request.");

/// <summary>Another change to the same record was saved first (409, or 412 when the client sent If-Match).</summary>
public sealed class ConcurrencyConflictException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The database refused a value the client sent (400): nothing was stored.</summary>
public sealed class UnstorableInputException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// The database cannot be reached or is restarting (503 with Retry-After). When the failure hit the
/// commit itself the outcome is unknown, and the message says to retry with the same Idempotency-Key.
/// </summary>
public sealed class DatabaseUnavailableException(string message, Exception? inner = null) : Exception(message, inner)
{
    public const string DefaultMessage = "The database is unavailable; nothing was changed. Try again shortly.";
}
