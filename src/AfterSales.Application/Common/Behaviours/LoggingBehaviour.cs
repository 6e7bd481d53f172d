using System.Diagnostics;
using AfterSales.Application.Common.Interfaces;
using Mediator;
using Microsoft.Extensions.Logging;

namespace AfterSales.Application.Common.Behaviours;

public sealed partial class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger, ICurrentUser user)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            LogHandled(logger, typeof(TMessage).Name, user.StaffId, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception ex)
        {
            LogFailed(logger, typeof(TMessage).Name, user.StaffId, ex.GetType().Name, ex.Message);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Message} by {StaffId} handled in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string message, Guid? staffId, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Message} by {StaffId} refused: {Exception}: {Reason}")]
    private static partial void LogFailed(ILogger logger, string message, Guid? staffId, string exception, string reason);
}
