using AfterSales.Api.Tests.Support;
using AfterSales.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Api.Tests;

/// <summary>
/// The strategy every command and query runs whole under runs its operation in a retry loop of its own
/// (WholeOperationRetryingStrategy); these hold that loop to EF Core's decisions: a transient failure is retried
/// (a timeout is transient for Npgsql's strategy), anything else is thrown at once, a failure that keeps coming
/// ends in RetryLimitExceededException (which the API answers with 503), and inside the operation no statement
/// retries on its own. OutageTests restart PostgreSQL under real requests.
/// </summary>
public sealed class WholeOperationRetryingStrategyTests : ApiTest
{
    [Test]
    public async Task A_transient_failure_runs_the_whole_operation_again_and_its_result_is_answered()
    {
        using var scope = ApiTestRun.Api.Services.CreateScope();
        var strategy = StrategyOf(scope);
        var attempts = 0;

        var result = await strategy.ExecuteAsync(0, (_, _, _) => ++attempts == 1 ? throw new TimeoutException("transient") : Task.FromResult(attempts), null);

        result.Should().Be(2);
        attempts.Should().Be(2);
    }

    [Test]
    public async Task A_failure_that_is_not_transient_is_thrown_as_it_came_without_a_second_attempt()
    {
        var (run, attempts) = AlwaysFailing(() => new InvalidOperationException("a fault of ours"));

        await run.Should().ThrowExactlyAsync<InvalidOperationException>().WithMessage("a fault of ours");
        attempts().Should().Be(1);
    }

    [Test]
    public async Task A_transient_failure_that_keeps_coming_ends_after_the_retries_in_RetryLimitExceededException()
    {
        var (run, attempts) = AlwaysFailing(() => new TimeoutException("transient"));

        (await run.Should().ThrowExactlyAsync<RetryLimitExceededException>()).WithInnerException<TimeoutException>();
        attempts().Should().Be(1 + 3, "the first attempt and the three retries the API configures");
    }

    [Test]
    public async Task Inside_an_operation_statements_do_not_retry_alone_and_a_nested_operation_runs_once_as_it_is()
    {
        using var scope = ApiTestRun.Api.Services.CreateScope();
        var strategy = StrategyOf(scope);
        strategy.RetriesOnFailure.Should().BeTrue("outside any operation a statement is retried alone");
        var nestedAttempts = 0;

        var run = () => strategy.ExecuteAsync(0, async (_, _, ct) =>
        {
            strategy.RetriesOnFailure.Should().BeFalse("the whole operation is what is retried");
            return await strategy.ExecuteAsync(0, (_, _, _) => { nestedAttempts++; throw new TimeoutException("transient"); }, (Func<DbContext, int, CancellationToken, Task<ExecutionResult<int>>>?)null, ct);
        }, (Func<DbContext, int, CancellationToken, Task<ExecutionResult<int>>>?)null);

        await run.Should().ThrowAsync<RetryLimitExceededException>();
        nestedAttempts.Should().Be(1 + 3, "each run of the outer operation runs the nested one once, without a loop of its own");
        strategy.RetriesOnFailure.Should().BeTrue("the operation is over");
    }

    /// <summary>An operation under a fresh context's strategy that fails every time with <paramref name="failure"/>, and how many times it ran.</summary>
    private static (Func<Task<int>> Run, Func<int> Attempts) AlwaysFailing(Func<Exception> failure)
    {
        var attempts = 0;
        return (async () =>
        {
            using var scope = ApiTestRun.Api.Services.CreateScope();
            return await StrategyOf(scope).ExecuteAsync(0, (_, _, _) => { attempts++; throw failure(); }, (Func<DbContext, int, CancellationToken, Task<ExecutionResult<int>>>?)null);
        }, () => attempts);
    }

    private static WholeOperationRetryingStrategy StrategyOf(IServiceScope scope) =>
        (WholeOperationRetryingStrategy)scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetService<IExecutionStrategy>();
}
