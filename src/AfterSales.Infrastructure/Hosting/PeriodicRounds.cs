using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AfterSales.Infrastructure.Hosting;

/// <summary>
/// A background service that does a round of work every <c>interval</c> until the host stops (the webhook
/// dispatcher, the timed duties). A round that fails is logged and the next comes as usual: each round's work
/// is in transactions of its own, so a failed one leaves nothing half done.
/// </summary>
public abstract partial class PeriodicRounds(TimeSpan interval, ILogger logger) : BackgroundService
{
    protected abstract Task RunRoundAsync(CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunRoundAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRoundFailed(logger, ex, GetType().Name);
            }

            try
            {
                await Task.Delay(interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A round of {Service} failed")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception, string service);
}
