using AfterSales.Application.Common.Auditing;
using AfterSales.Application.Duties;
using AfterSales.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AfterSales.Infrastructure.Duties;

/// <summary>
/// Runs the timed duties (<see cref="ITimedDuty"/>) on every instance that has <c>Duties__Run</c>, every
/// <c>Duties__PollSeconds</c>, and does each piece of due work once across all of them: the piece is claimed
/// by inserting its <see cref="DutyRun"/> row (<c>INSERT … ON CONFLICT DO NOTHING</c> on the key of duty, record
/// and due moment) in the same transaction as the work. Two instances that find the same piece both insert;
/// PostgreSQL makes the second wait for the first and then finds the key taken, so it does nothing. A crash
/// before the commit takes the claim back with the work, and the next round does both, once.
/// </summary>
public sealed partial class DutyRunner(IServiceScopeFactory scopes, DutySettings settings, TimeProvider clock, ILogger<DutyRunner> logger)
    : Hosting.PeriodicRounds(TimeSpan.FromSeconds(settings.PollSeconds), logger)
{
    /// <summary>Names this process in the claims it makes, for operators reading <c>duty_runs</c>.</summary>
    private static readonly string Instance = $"{Environment.MachineName}/{Environment.ProcessId}";

    protected override async Task RunRoundAsync(CancellationToken cancellationToken) => await RunDueAsync(cancellationToken);

    /// <summary>One round: every duty's due work, each piece in its own transaction. Answers how many pieces this instance did.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var done = 0;
        List<string> duties;
        await using (var scope = scopes.CreateAsyncScope())
        {
            duties = scope.ServiceProvider.GetServices<ITimedDuty>().Select(d => d.Name).ToList();
        }

        foreach (var name in duties)
        {
            IReadOnlyList<DueWork> due;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                due = await Duty(scope, name).FindDueAsync(db, clock.GetUtcNow(), cancellationToken);
            }

            foreach (var work in due)
            {
                try
                {
                    if (await DoAsync(name, work, cancellationToken))
                    {
                        done++;
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Rolled back with its claim: the next round tries it again.
                    LogWorkFailed(logger, ex, work.Claim, work.SubjectId);
                }
            }
        }

        return done;
    }

    private async Task<bool> DoAsync(string name, DueWork work, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var duty = Duty(scope, name);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            db.Database.AutoSavepointsEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var now = clock.GetUtcNow();
            var claimed = await db.Database.ExecuteSqlAsync(
                $"INSERT INTO duty_runs (duty, subject_id, due_at, unit_id, done_at, instance) VALUES ({work.Claim}, {work.SubjectId}, {work.DueAt.ToUniversalTime()}, {work.UnitId}, {now.ToUniversalTime()}, {Instance}) ON CONFLICT DO NOTHING",
                ct);
            if (claimed == 0)
            {
                return false;
            }

            await duty.PerformAsync(db, work, now, ct);
            AuditTrail.Record(db, null, AuditTrail.SystemRole, work.UnitId, name, now);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            LogDone(logger, work.Claim, work.SubjectId, work.DueAt);
            return true;
        }, cancellationToken);
    }

    private static ITimedDuty Duty(AsyncServiceScope scope, string name) =>
        scope.ServiceProvider.GetServices<ITimedDuty>().Single(d => d.Name == name);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Timed duty {Claim} for {SubjectId} failed; it is tried again next round")]
    private static partial void LogWorkFailed(ILogger logger, Exception exception, string claim, Guid subjectId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Timed duty {Claim} done for {SubjectId}, due {DueAt}")]
    private static partial void LogDone(ILogger logger, string claim, Guid subjectId, DateTimeOffset dueAt);
}
