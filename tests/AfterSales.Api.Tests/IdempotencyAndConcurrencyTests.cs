using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Support;
using AfterSales.Application.Units;
using AfterSales.Domain.Common;
using Npgsql;

namespace AfterSales.Api.Tests;

public class IdempotencyAndConcurrencyTests : ApiTest
{
    private static HttpRequestMessage CreateUnitRequest(string key, string code) => new(HttpMethod.Post, "/api/v1/units")
    {
        Headers = { { "Idempotency-Key", key } },
        Content = JsonContent.Create(new { name = $"Unit {code}", code, kind = "Center" }, options: Json),
    };

    [Test]
    public async Task Retry_with_the_same_key_and_body_replays_the_first_answer_and_changes_nothing()
    {
        using var admin = await ClientAsAsync(Role.Admin);

        var first = await ExpectAsync(admin.SendAsync(CreateUnitRequest("create-tpe-1", "TPE")), HttpStatusCode.Created);
        var retry = await ExpectAsync(admin.SendAsync(CreateUnitRequest("create-tpe-1", "TPE")), HttpStatusCode.Created);

        (await ReadAsync<UnitDto>(retry)).Should().BeEquivalentTo(await ReadAsync<UnitDto>(first));
        (await Db.CountAsync("SELECT count(*) FROM service_units")).Should().Be(1);
        (await Db.CountAsync("SELECT count(*) FROM audit_entries")).Should().Be(1);
    }

    [Test]
    public async Task Same_key_with_another_body_is_422_and_changes_nothing()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        await ExpectAsync(admin.SendAsync(CreateUnitRequest("create-1", "TPE")), HttpStatusCode.Created);

        var response = await admin.SendAsync(CreateUnitRequest("create-1", "TXG"));

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("type").GetString().Should().Be("/problems/idempotency-key-reused");
        (await Db.CountAsync("SELECT count(*) FROM service_units")).Should().Be(1);
    }

    [Test]
    public async Task Keys_belong_to_their_caller()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        var unit = await admin.CreateUnitAsync("HQ");
        var otherAdmin = await admin.HireAsync(unit.Id, Role.Admin);
        using var second = await ClientForStaffAsync(otherAdmin.Id);

        await ExpectAsync(admin.SendAsync(CreateUnitRequest("same-key", "TPE")), HttpStatusCode.Created);
        await ExpectAsync(second.SendAsync(CreateUnitRequest("same-key", "TXG")), HttpStatusCode.Created);

        (await Db.CountAsync("SELECT count(*) FROM service_units")).Should().Be(3);
    }

    [Test]
    public async Task Same_key_while_the_first_request_is_still_running_is_409()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        await ExpectAsync(admin.SendAsync(CreateUnitRequest("warm-up", "HQ")), HttpStatusCode.Created);
        var caller = await Db.ScalarAsync<string>("SELECT caller FROM idempotency_records");

        // Stand in for a first attempt that has written its key but not committed yet.
        await using var firstAttempt = new NpgsqlConnection(Db.ConnectionString);
        await firstAttempt.OpenAsync();
        await using var transaction = await firstAttempt.BeginTransactionAsync();
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO idempotency_records (caller, key, command, request_hash, response_json, created_at) VALUES (@caller, 'racing', 'CreateUnit', 'x', '{}', now())",
            firstAttempt, transaction))
        {
            insert.Parameters.AddWithValue("caller", caller!);
            await insert.ExecuteNonQueryAsync();
        }

        var retry = admin.SendAsync(CreateUnitRequest("racing", "TPE"));

        // Commit only once the retry is really waiting on the key, however slow the machine.
        for (var waited = 0; waited < 200 && await Db.CountAsync("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()") == 0; waited++)
        {
            await Task.Delay(50);
        }

        await transaction.CommitAsync();

        var problem = await ProblemAsync(await retry, HttpStatusCode.Conflict);
        problem.GetProperty("type").GetString().Should().Be("/problems/idempotency-key-in-progress");
        (await Db.CountAsync("SELECT count(*) FROM service_units WHERE code = 'TPE'")).Should().Be(0);
    }

    [Test]
    public async Task Reads_carry_an_ETag_and_a_stale_If_Match_is_412_and_changes_nothing()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        var unit = await admin.CreateUnitAsync("TPE");
        var read = await admin.GetAsync($"/api/v1/units/{unit.Id}");
        var etag = read.Headers.ETag!.Tag;

        var update = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/units/{unit.Id}/policy")
        {
            Content = JsonContent.Create(Policy(urbanHours: 5), options: Json),
            Headers = { { "If-Match", etag } },
        };
        var updated = await ExpectAsync(admin.SendAsync(update), HttpStatusCode.OK);
        updated.Headers.ETag!.Tag.Should().NotBe(etag);

        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/units/{unit.Id}/policy")
        {
            Content = JsonContent.Create(Policy(urbanHours: 4), options: Json),
            Headers = { { "If-Match", etag } },
        };
        var problem = await ProblemAsync(await admin.SendAsync(stale), HttpStatusCode.PreconditionFailed);
        problem.GetProperty("type").GetString().Should().Be("/problems/precondition-failed");
        (await Db.ScalarAsync<string>("SELECT policy->>'urbanSlaHours' FROM service_units")).Should().Be("5");
    }

    [Test]
    public async Task Two_concurrent_updates_from_the_same_version_one_wins_the_other_is_refused()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        var unit = await admin.CreateUnitAsync("TPE");
        var etag = (await admin.GetAsync($"/api/v1/units/{unit.Id}")).Headers.ETag!.Tag;

        HttpRequestMessage Update(int hours) => new(HttpMethod.Put, $"/api/v1/units/{unit.Id}/policy")
        {
            Content = JsonContent.Create(Policy(hours), options: Json),
            Headers = { { "If-Match", etag } },
        };
        var responses = await Task.WhenAll(admin.SendAsync(Update(4)), admin.SendAsync(Update(5)));

        responses.Select(r => r.StatusCode).Should().BeEquivalentTo([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed]);
        var winner = await ReadAsync<UnitDto>(responses.Single(r => r.StatusCode == HttpStatusCode.OK));
        (await Db.ScalarAsync<string>("SELECT policy->>'urbanSlaHours' FROM service_units")).Should().Be(winner.Policy.UrbanSlaHours.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static object Policy(int urbanHours) => new
    {
        urbanSlaHours = urbanHours,
        suburbanSlaHours = 7,
        onSiteFeeThreshold = new { amount = 3000, currency = "TWD" },
        labourRatePerHour = new { amount = 800, currency = "TWD" },
        targets = new { onTimeRatePercent = 90, satisfactionPercent = 85, complaintRatePercent = 3 },
    };
}
