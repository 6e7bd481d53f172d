using System.Text.Json;
using AfterSales.Application.Common.Exceptions;
using AfterSales.Domain.Common;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AfterSales.Api.Infrastructure;

/// <summary>
/// Turns every exception into an RFC 9457 problem with a stable <c>type</c> per kind (api.md).
/// Anything a client can send maps to a 4xx; only our own faults are 500.
/// </summary>
public sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problems, IHostEnvironment environment, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public const string TypePrefix = "/problems/";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Map(exception, httpContext);
        if (problem.Status >= 500)
        {
            LogUnhandled(logger, exception);
            if (environment.IsDevelopment())
            {
                // Developers see what broke; other environments reveal nothing of the server's insides.
                problem.Detail = $"{exception.GetType().Name}: {exception.Message} {exception.InnerException?.Message}";
            }
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Map(Exception exception, HttpContext context) => exception switch
    {
        ValidationException validation => Validation(validation),
        BadHttpRequestException bad => Problem(StatusCodes.Status400BadRequest, "bad-request", "The request is malformed.", Describe(bad)),
        NotFoundException notFound => Problem(StatusCodes.Status404NotFound, "not-found", "Not found.", notFound.Message),
        ForbiddenAccessException forbidden => Problem(StatusCodes.Status403Forbidden, "forbidden", "Not allowed.", forbidden.Message),
        PreconditionFailedException stale => Problem(StatusCodes.Status412PreconditionFailed, "precondition-failed", "The resource has changed.", stale.Message),
        ConflictException conflict => Problem(StatusCodes.Status409Conflict, conflict.Type, "Conflict.", conflict.Message),
        IdempotencyKeyReusedException reused => Problem(StatusCodes.Status422UnprocessableEntity, "idempotency-key-reused", "Idempotency-Key reused.", reused.Message),
        BusinessRuleViolationException { IsStateConflict: true } rule => Problem(StatusCodes.Status409Conflict, $"rules/{rule.RuleName}", "The record's state does not allow this.", rule.Message),
        BusinessRuleViolationException { Rule: IExplainsDifference explains } rule => WithDifference(
            Problem(StatusCodes.Status422UnprocessableEntity, $"rules/{rule.RuleName}", "A business rule refused the change.", rule.Message), explains.Difference),
        BusinessRuleViolationException rule => Problem(StatusCodes.Status422UnprocessableEntity, $"rules/{rule.RuleName}", "A business rule refused the change.", rule.Message),
        DbUpdateConcurrencyException when context.Request.Headers.IfMatch.Count > 0 =>
            Problem(StatusCodes.Status412PreconditionFailed, "precondition-failed", "The resource has changed.", "Another change was saved first; fetch the resource again."),
        DbUpdateConcurrencyException => Problem(StatusCodes.Status409Conflict, "concurrency-conflict", "Conflict.", "Another change to the same record was saved first; nothing was changed. Retry."),
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique } => UniqueViolation(unique),
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected } } or
            PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected } =>
            Problem(StatusCodes.Status409Conflict, "concurrency-conflict", "Conflict.", "A concurrent change won; nothing was changed. Retry."),
        NpgsqlException or TimeoutException => Problem(StatusCodes.Status503ServiceUnavailable, "database-unavailable", "The database is unavailable.", "Try again shortly."),
        _ => Problem(StatusCodes.Status500InternalServerError, "internal", "An unexpected error occurred.", null),
    };

    /// <summary>Puts the amount by which two sums differ in the problem, for a client to show.</summary>
    private static ProblemDetails WithDifference(ProblemDetails problem, Money difference)
    {
        problem.Extensions["difference"] = new { amount = difference.Amount, currency = difference.Currency };
        return problem;
    }

    private static ProblemDetails UniqueViolation(PostgresException unique) =>
        unique.ConstraintName == "pk_idempotency_records"
            ? Problem(StatusCodes.Status409Conflict, "idempotency-key-in-progress", "Conflict.", "A request with this Idempotency-Key was being processed at the same time; retry to get its answer.")
            : Problem(StatusCodes.Status409Conflict, "duplicate", "Conflict.", "A record with the same unique value already exists; nothing was changed.");

    private static ValidationProblemDetails Validation(ValidationException validation)
    {
        var errors = validation.Errors
            .GroupBy(e => CamelCasePath(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Type = TypePrefix + "validation",
            Title = "The request is not valid.",
            Detail = "See errors for each field.",
        };
    }

    private static string? Describe(BadHttpRequestException bad) => bad.InnerException switch
    {
        JsonException json => $"The JSON body could not be read: {json.Message}",
        _ => bad.Message,
    };

    private static ProblemDetails Problem(int status, string type, string title, string? detail) =>
        new() { Status = status, Type = TypePrefix + type, Title = title, Detail = detail };

    private static string CamelCasePath(string path) =>
        string.Join('.', path.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception")]
    private static partial void LogUnhandled(ILogger logger, Exception exception);
}
