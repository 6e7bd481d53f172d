using System.Diagnostics;
using AfterSales.Application.Common.Interfaces;
using Mediator;
using Microsoft.Extensions.Logging;

namespace AfterSales.Application.Common.Behaviours;

/// <summary>
/// A line for every command (a change: Information) and every query (a read: Debug, so that reading at
/// thousands a second does not write thousands of lines; measured, docs/architecture.md "Performance").
/// </summary>
public sealed partial class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger, ICurrentUser user)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly LogLevel Level = typeof(IBaseCommand).IsAssignableFrom(typeof(TMessage)) ? LogLevel.Information : LogLevel.Debug;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            LogHandled(logger, Level, typeof(TMessage).Name, user.StaffId, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception ex)
        {
            LogFailed(logger, Level, typeof(TMessage).Name, user.StaffId, ex.GetType().Name, ex.Message);
            throw;
        }
    }

    [LoggerMessage(Message = "{Message} by {StaffId} handled in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, LogLevel level, string message, Guid? staffId, double elapsedMs);

    [LoggerMessage(Message = "{Message} by {StaffId} refused: {Exception}: {Reason}")]
    private static partial void LogFailed(ILogger logger, LogLevel level, string message, Guid? staffId, string exception, string reason);
}
