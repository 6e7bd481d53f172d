using System.Diagnostics;
using AfterSales.Application.Common.Interfaces;
using Mediator;
using Microsoft.Extensions.Logging;

namespace AfterSales.Application.Common.Behaviours;

/// <summary>
/// A line for every command (a change: Information) and every query (a read: Debug, so that reading at
/// thousands a second does not write thousands of lines; measured, docs/architecture.md "Performance").
/// The request's span (when traces are exported) names the message and the call it is about, and the
/// commands' outcomes are counted (<see cref="AfterSalesTelemetry"/>).
/// </summary>
public sealed partial class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger, ICurrentUser user)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly bool IsCommand = typeof(IBaseCommand).IsAssignableFrom(typeof(TMessage));

    private static readonly LogLevel Level = IsCommand ? LogLevel.Information : LogLevel.Debug;

    /// <summary>The message's <c>CallId</c>, where it names a call.</summary>
    private static readonly System.Reflection.PropertyInfo? CallIdProperty =
        typeof(TMessage).GetProperty("CallId") is { } property && (property.PropertyType == typeof(Guid) || property.PropertyType == typeof(Guid?)) ? property : null;

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        // A query with Debug off and no span being recorded has nothing to log or tag: it is passed on as it is,
        // without a step of its own to wait on it (most requests are such reads).
        if (!IsCommand && !logger.IsEnabled(Level) && Activity.Current is not { Recorded: true })
        {
            return next(message, cancellationToken);
        }

        return LoggedAsync(message, next, cancellationToken);
    }

    private async ValueTask<TResponse> LoggedAsync(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var name = typeof(TMessage).Name;
        if (Activity.Current is { Recorded: true } span)
        {
            AfterSalesTelemetry.Tag(span, name, (Guid?)CallIdProperty?.GetValue(message));
        }

        try
        {
            var response = await next(message, cancellationToken);
            LogHandled(logger, Level, name, user.StaffId, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (IsCommand)
            {
                AfterSalesTelemetry.CommandDone(name, response);
            }

            return response;
        }
        catch (Exception ex)
        {
            LogFailed(logger, Level, name, user.StaffId, ex.GetType().Name, ex.Message);
            if (IsCommand)
            {
                AfterSalesTelemetry.CommandRefused(name);
            }

            throw;
        }
    }

    [LoggerMessage(Message = "{Message} by {StaffId} handled in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, LogLevel level, string message, Guid? staffId, double elapsedMs);

    [LoggerMessage(Message = "{Message} by {StaffId} refused: {Exception}: {Reason}")]
    private static partial void LogFailed(ILogger logger, LogLevel level, string message, Guid? staffId, string exception, string reason);
}
