using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Support;
using AfterSales.Application.Calls;
using AfterSales.Domain.Common;
using AfterSales.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Api.Tests;

/// <summary>
/// On the hot paths the round trips to PostgreSQL are most of the cost, and the registration's last
/// ones hold the unit's number counter locked (docs/architecture.md, "Performance"). These are their
/// budgets: a route that gains a statement fails here, and says which.
/// </summary>
[NonParallelizable]
public class RoundTripTests : ApiTest
{
    [Test]
    public async Task Reading_a_call_is_two_statements_and_registering_one_six_with_no_savepoint()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await ServiceUnitWorld.CreateAsync(admin, "RTT");
        var (customer, certificate) = await world.CustomerWithProductAsync();
        var counter = new StatementCounter();
        await using var counted = new AfterSalesApiFactory(
            Db.ConnectionString,
            settings: new Dictionary<string, string?> { ["RateLimiting:Enabled"] = "false" },
            services: services => services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(counter)));
        using var clerk = counted.CreateClient();
        clerk.DefaultRequestHeaders.Authorization = world.Clerk.DefaultRequestHeaders.Authorization;
        var body = new { customerId = customer.Id, certificateId = certificate.Id, channel = "Phone", receivedAt = "2026-11-20T16:00:00+08:00", problem = "No cooling" };

        counter.Reset();
        var call = await ReadAsync<CallDto>(await ExpectAsync(clerk.PostAsJsonAsync("/api/v1/calls", body, Json), HttpStatusCode.Created));
        // The customer, the certificate, the unit, its contracts, the number, then one batch: the call,
        // its history line and its audit line.
        counter.Statements.Should().HaveCount(6, string.Join("\n---\n", counter.Statements));
        counter.Savepoints.Should().Be(0, "a command is all or nothing, so a save inside it needs no savepoint");
        counter.Commits.Should().Be(1);

        counter.Reset();
        using var retried = new HttpRequestMessage(HttpMethod.Post, "/api/v1/calls") { Content = JsonContent.Create(body, options: Json) };
        retried.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        await ExpectAsync(clerk.SendAsync(retried), HttpStatusCode.Created);
        counter.Savepoints.Should().Be(0, "the idempotent save is two saves in one transaction, still without a savepoint");

        // The first read of a waiting call also reads its unit, for the working time left (R19 at risk);
        // the unit is then kept for Units__QuoteCacheSeconds, so a read in steady state is one statement.
        counter.Reset();
        await ExpectAsync(clerk.GetAsync($"/api/v1/calls/{call.Id}"), HttpStatusCode.OK);
        counter.Statements.Should().HaveCount(2, "the call with its timeline and, once, its unit");
        counter.Reset();
        var read = await ReadAsync<CallDto>(await ExpectAsync(clerk.GetAsync($"/api/v1/calls/{call.Id}"), HttpStatusCode.OK));
        counter.Statements.Should().HaveCount(1, "the call joined to its timeline");
        read.Timeline.Should().ContainSingle().Which.Kind.Should().Be(ServiceEventKind.CallRegistered);
        counter.Commits.Should().Be(0, "a read opens no transaction");
    }

    /// <summary>Counts what the API sends to PostgreSQL.</summary>
    private sealed class StatementCounter : DbCommandInterceptor, IDbTransactionInterceptor
    {
        private readonly List<string> statements = [];
        private int savepoints;
        private int commits;

        public IReadOnlyList<string> Statements
        {
            get
            {
                lock (statements)
                {
                    return statements.ToList();
                }
            }
        }

        public int Savepoints => Volatile.Read(ref savepoints);

        public int Commits => Volatile.Read(ref commits);

        public void Reset()
        {
            lock (statements)
            {
                statements.Clear();
            }

            Volatile.Write(ref savepoints, 0);
            Volatile.Write(ref commits, 0);
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Count(command);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Count(command);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }

        public ValueTask<InterceptionResult> CreatingSavepointAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref savepoints);
            return ValueTask.FromResult(result);
        }

        public ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref commits);
            return ValueTask.FromResult(result);
        }

        private void Count(DbCommand command)
        {
            lock (statements)
            {
                statements.Add(command.CommandText);
            }
        }
    }
}
