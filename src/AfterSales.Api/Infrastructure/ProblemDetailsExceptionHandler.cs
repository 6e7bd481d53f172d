using System.Text.Json;
using AfterSales.Application.Common.Exceptions;
using AfterSales.Domain.Common;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using AfterSales.Infrastructure.Persistence;

namespace AfterSales.Api.Infrastructure;

/// <summary>
/// Turns every exception into an RFC 9457 problem with a stable <c>type</c> per kind (docs/http-model.md).
/// Anything a client can send maps to a 4xx; only our own faults are 500.
/// </summary>
public sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problems, IHostEnvironment environment, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public const string TypePrefix = "/problems/";

    /// <summary>A restart of PostgreSQL takes seconds; clients should not hammer it meanwhile.</summary>
    private const string RetryAfterSeconds = "5";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // Database errors are translated where the database is known (Infrastructure), then mapped here.
        exception = DatabaseErrors.Translate(exception);

        // A2: the 404 of a record destroyed after its retention is a 410 with its tombstone, whichever route looked for it.
        // The look-up reads the database: if that fails, its failure is answered (503 for an outage), never a 500 of the handler's own.
        if (exception is NotFoundException notFound)
        {
            try
            {
                if (await httpContext.RequestServices.GetRequiredService<AfterSales.Application.Archiving.Tombstones>().FindAsync(notFound, cancellationToken) is { } tombstone)
                {
                    exception = new GoneException(tombstone);
                }
            }
            catch (Exception lookUpFailure) when (lookUpFailure is not OperationCanceledException)
            {
                exception = DatabaseErrors.Translate(lookUpFailure);
            }
        }

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
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
        }

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
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } bad => Problem(StatusCodes.Status413PayloadTooLarge, "payload-too-large", "The request body is too large.", bad.Message),
        BadHttpRequestException bad => Problem(StatusCodes.Status400BadRequest, "bad-request", "The request is malformed.", Describe(bad)),
        NotFoundException notFound => Problem(StatusCodes.Status404NotFound, "not-found", "Not found.", notFound.Message),
        GoneException gone => WithTombstone(Problem(StatusCodes.Status410Gone, "gone", "The record was destroyed.", gone.Message), gone.Tombstone),
        ForbiddenAccessException forbidden => Problem(StatusCodes.Status403Forbidden, "forbidden", "Not allowed.", forbidden.Message),
        PreconditionFailedException stale => Problem(StatusCodes.Status412PreconditionFailed, "precondition-failed", "The resource has changed.", stale.Message),
        ConflictException conflict => Problem(StatusCodes.Status409Conflict, conflict.Type, "Conflict.", conflict.Message),
        IdempotencyKeyReusedException reused => Problem(StatusCodes.Status422UnprocessableEntity, "idempotency-key-reused", "Idempotency-Key reused.", reused.Message),
        BusinessRuleViolationException { IsStateConflict: true } rule => Problem(StatusCodes.Status409Conflict, $"rules/{rule.RuleName}", "The record's state does not allow this.", rule.Message),
        BusinessRuleViolationException { Rule: IExplainsDifference explains } rule => WithDifference(
            Problem(StatusCodes.Status422UnprocessableEntity, $"rules/{rule.RuleName}", "A business rule refused the change.", rule.Message), explains.Difference),
        BusinessRuleViolationException { Rule: IListsMissingSteps missing } rule => WithMissingSteps(
            Problem(StatusCodes.Status422UnprocessableEntity, $"rules/{rule.RuleName}", "A business rule refused the change.", rule.Message), missing.MissingSteps),
        BusinessRuleViolationException rule => Problem(StatusCodes.Status422UnprocessableEntity, $"rules/{rule.RuleName}", "A business rule refused the change.", rule.Message),
        ConcurrencyConflictException when context.Request.Headers.IfMatch.Count > 0 =>
            Problem(StatusCodes.Status412PreconditionFailed, "precondition-failed", "The resource has changed.", "Another change was saved first; fetch the resource again."),
        ConcurrencyConflictException concurrency => Problem(StatusCodes.Status409Conflict, "concurrency-conflict", "Conflict.", concurrency.Message),
        UnstorableInputException unstorable => Problem(StatusCodes.Status400BadRequest, "bad-request", "The request is malformed.", unstorable.Message),
        DatabaseUnavailableException unavailable => Problem(StatusCodes.Status503ServiceUnavailable, "database-unavailable", "The database is unavailable.", unavailable.Message),
        _ => Problem(StatusCodes.Status500InternalServerError, "internal", "An unexpected error occurred.", null),
    };

    /// <summary>Puts the amount by which two sums differ in the problem, for a client to show.</summary>
    private static ProblemDetails WithDifference(ProblemDetails problem, Money difference)
    {
        problem.Extensions["difference"] = new { amount = difference.Amount, currency = difference.Currency };
        return problem;
    }

    /// <summary>A2: what the destroyed record was, and the destruction that removed it.</summary>
    private static ProblemDetails WithTombstone(ProblemDetails problem, AfterSales.Application.Archiving.ArchivedRecordDto tombstone)
    {
        problem.Extensions["tombstone"] = tombstone;
        return problem;
    }

    /// <summary>Puts the steps still missing in the problem, for a client to show as a checklist.</summary>
    private static ProblemDetails WithMissingSteps(ProblemDetails problem, IReadOnlyList<string> missingSteps)
    {
        problem.Extensions["missingSteps"] = missingSteps;
        return problem;
    }

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
