namespace AfterSales.Application.Common.Exceptions;

/// <summary>The record does not exist, or belongs to a unit the caller may not see (both read as 404).</summary>
public sealed class NotFoundException(string entity, object key)
    : Exception($"{entity} '{key}' was not found.")
{
    public string Entity { get; } = entity;
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
