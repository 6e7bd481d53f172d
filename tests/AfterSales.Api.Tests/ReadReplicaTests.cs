using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Infrastructure;
using AfterSales.Api.Tests.Support;
using AfterSales.Application.Customers;
using AfterSales.Domain.Common;
using AfterSales.Infrastructure.Persistence.LocalPostgres;
using Npgsql;
using static AfterSales.Api.Tests.Support.ServiceUnitWorld;

namespace AfterSales.Api.Tests;

/// <summary>
/// Reads from a real streaming standby (made with <c>pg_basebackup -R</c> from the test server): queries are
/// served by the standby, a caller always reads their own writes (from the primary until the standby has
/// replayed them, then from the standby again), the feeds read the primary, and with the standby stopped
/// reads fall back to the primary.
/// </summary>
[NonParallelizable]
public class ReadReplicaTests : ApiTest
{
    private LocalPostgresServer _standby = null!;

    private string StandbyConnectionString => new NpgsqlConnectionStringBuilder(Db.ConnectionString) { Port = _standby.Port, Pooling = false }.ConnectionString;

    [SetUp]
    public async Task StartStandbyAsync() => _standby = await Db.StartStandbyAsync();

    [TearDown]
    public async Task StopStandbyAsync() => await _standby.StopAndRemoveAsync();

    /// <summary>An API whose queries read the standby first, the primary when no standby answers (Npgsql multi-host).</summary>
    private AfterSalesApiFactory WithReplica()
    {
        var primary = new NpgsqlConnectionStringBuilder(Db.ConnectionString);
        var replica = new NpgsqlConnectionStringBuilder(Db.ConnectionString)
        {
            Host = $"127.0.0.1:{_standby.Port},{primary.Host}:{primary.Port}",
            TargetSessionAttributes = "prefer-standby",
        };
        replica.Remove("Port");
        return new AfterSalesApiFactory(Db.ConnectionString, settings: new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "false",
            ["ConnectionStrings:AfterSalesReplica"] = replica.ConnectionString,
        });
    }

    private async Task StandbyAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(StandbyConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task CaughtUpAsync()
    {
        var target = await Db.ScalarAsync<NpgsqlTypes.NpgsqlLogSequenceNumber>("SELECT pg_current_wal_lsn()");
        for (var i = 0; i < 200; i++)
        {
            await using var connection = new NpgsqlConnection(StandbyConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT pg_last_wal_replay_lsn()", connection);
            if ((NpgsqlTypes.NpgsqlLogSequenceNumber)(await command.ExecuteScalarAsync())! >= target)
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail("The standby did not catch up.");
    }

    private static HttpClient On(AfterSalesApiFactory api, HttpClient shared)
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = shared.DefaultRequestHeaders.Authorization;
        return client;
    }

    private static string Route(HttpResponseMessage response) => response.Headers.GetValues(ReadRouting.ReadRouteHeader).Single();

    [Test]
    public async Task Reads_are_served_by_the_standby_and_a_caller_reads_their_own_writes_before_the_standby_has_them()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "RPL");
        await CaughtUpAsync();
        await using var api = WithReplica();
        using var clerk = On(api, world.Clerk);
        using var colleague = On(api, await ClientForStaffAsync((await admin.HireAsync(world.Unit.Id, Role.Clerk)).Id));
        await CaughtUpAsync();

        // The standby stops replaying: what is written now exists on the primary only.
        await StandbyAsync("SELECT pg_wal_replay_pause()");
        var created = await clerk.PostAsJsonAsync("/api/v1/customers", new { name = "Wang Xiao-ming", address = "1 Roosevelt Rd, Taipei", telephone = "02-2363-0001", zone = "Urban" }, Json);
        var customer = await ReadAsAsync<CustomerDto>(created, HttpStatusCode.Created);
        var position = created.Headers.GetValues(ReadRouting.CommitPositionHeader).Single();

        var byColleague = await colleague.GetAsync($"/api/v1/customers/{customer.Id}");
        byColleague.StatusCode.Should().Be(HttpStatusCode.NotFound, "another caller reads the standby, which has not replayed the write");
        Route(byColleague).Should().Be("replica");

        var byWriter = await clerk.GetAsync($"/api/v1/customers/{customer.Id}");
        byWriter.StatusCode.Should().Be(HttpStatusCode.OK, "the writer reads their own write");
        Route(byWriter).Should().Be("primary");

        // On any instance, naming the write's position is enough.
        await using var other = WithReplica();
        using var colleagueElsewhere = On(other, colleague);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/customers/{customer.Id}");
        request.Headers.Add(ReadRouting.ReadAfterHeader, position);
        var named = await colleagueElsewhere.SendAsync(request);
        named.StatusCode.Should().Be(HttpStatusCode.OK);
        Route(named).Should().Be("primary");

        // The feeds always read the primary.
        using var accountant = On(api, await ClientAsAsync(Role.Accountant, allUnits: true));
        Route(await accountant.GetAsync("/api/v1/invoice-requests")).Should().Be("primary");

        // Once the standby has replayed the write, the writer reads the standby again.
        await StandbyAsync("SELECT pg_wal_replay_resume()");
        await CaughtUpAsync();
        var replayed = await clerk.GetAsync($"/api/v1/customers/{customer.Id}");
        replayed.StatusCode.Should().Be(HttpStatusCode.OK);
        Route(replayed).Should().Be("replica");
        (await colleague.GetAsync($"/api/v1/customers/{customer.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task With_the_standby_stopped_reads_fall_back_to_the_primary_and_writes_go_on()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "RPF");
        await using var api = WithReplica();
        using var clerk = On(api, world.Clerk);
        var call = await world.NewCallAsync();
        await CaughtUpAsync();
        (await clerk.GetAsync($"/api/v1/calls/{call.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);

        // Stopped as a crash of its machine would: the API's pooled connections to it are left broken.
        await _standby.InterruptAsync();

        (await clerk.GetAsync($"/api/v1/calls/{call.Id}")).StatusCode.Should().Be(HttpStatusCode.OK, "Npgsql falls back to the primary");
        var registered = await ReadAsAsync<AfterSales.Application.Calls.CallDto>(await clerk.PostAsJsonAsync("/api/v1/calls", new
        {
            customerId = call.CustomerId, certificateId = call.CertificateId, channel = "Phone", receivedAt = "2026-11-20T17:00:00+08:00", problem = "Noisy",
        }, Json), HttpStatusCode.Created);
        (await clerk.GetAsync($"/api/v1/calls/{registered.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await clerk.GetAsync($"/api/v1/calls?unitId={world.Unit.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
