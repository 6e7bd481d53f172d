using System.Data.Common;
using System.Diagnostics;
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
    public async Task Reading_a_call_is_one_statement_once_its_unit_is_known_and_registering_one_six_with_no_savepoint()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await ServiceUnitWorld.CreateAsync(admin, "RTT");
        var (customer, certificate) = await world.CustomerWithProductAsync();
        using var counter = new StatementCounter();
        await using var counted = new AfterSalesApiFactory(
            Db.ConnectionString,
            settings: new Dictionary<string, string?> { ["RateLimiting:Enabled"] = "false" },
            services: services => services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(counter)));
        using var clerk = counted.CreateClient();
        clerk.DefaultRequestHeaders.Authorization = world.Clerk.DefaultRequestHeaders.Authorization;
        clerk.DefaultRequestHeaders.Add("traceparent", counter.TraceParent);
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

    /// <summary>
    /// Counts what the API sends to PostgreSQL: every statement Npgsql executes for this test's requests (each
    /// carries the counter's trace, so Npgsql's span of a statement is in it), whether EF Core or a hand-written
    /// reader sent it; and through EF Core the savepoints and commits.
    /// </summary>
    private sealed class StatementCounter : IDbTransactionInterceptor, IDisposable
    {
        private readonly ActivityTraceId trace = ActivityTraceId.CreateRandom();
        private readonly List<string> statements = [];
        private readonly ActivityListener listener;
        private int savepoints;
        private int commits;

        public StatementCounter()
        {
            listener = new ActivityListener
            {
                // The request's span must exist for Npgsql's to be its child, in the same trace.
                ShouldListenTo = source => source.Name is "Npgsql" or "Microsoft.AspNetCore",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = activity =>
                {
                    if (activity.Source.Name == "Npgsql" && activity.TraceId == trace)
                    {
                        Count(activity.GetTagItem("db.query.text") as string ?? activity.DisplayName);
                    }
                },
            };
            ActivitySource.AddActivityListener(listener);
        }

        /// <summary>The W3C trace context header that puts a request in this counter's trace.</summary>
        public string TraceParent => $"00-{trace}-{ActivitySpanId.CreateRandom()}-01";

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

        public void Dispose() => listener.Dispose();

        private void Count(string statement)
        {
            lock (statements)
            {
                statements.Add(statement);
            }
        }
    }
}
