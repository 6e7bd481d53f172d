using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Support;
using AfterSales.Application.Archiving;
using AfterSales.Application.Calls;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Complaints;
using AfterSales.Domain.Archiving;
using AfterSales.Domain.Common;
using static AfterSales.Api.Tests.Support.ServiceUnitWorld;

namespace AfterSales.Api.Tests;

/// <summary>
/// A2: archived records past their retention are proposed by an admin, approved by the service department
/// (never the proposer) and destroyed: content and personal data removed, a tombstone kept, and a read
/// of the record answers 410. Records tied to an open complaint or an unissued invoice never go.
/// </summary>
public class DestructionTests : ApiTest
{
    [Test]
    public async Task A2_records_past_retention_are_proposed_approved_by_another_person_and_destroyed_leaving_tombstones_that_answer_410()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var serviceDepartment = await ClientAsAsync(Role.ServiceDepartment);
        using var world = await CreateAsync(admin, "TPE");
        using var other = await CreateAsync(admin, "TXG");
        var repaired = await world.InWorkshopAsync(TimeSpan.FromDays(2), warrantyEndsOn: "2027-12-31");
        await world.ReturnAsync(repaired);
        var cancelled = await CancelledCallAsync(world);
        var complainedOf = await CancelledCallAsync(world);
        var batch = await ReadAsAsync<ArchiveBatchDto>(await world.Clerk.PostAsJsonAsync("/api/v1/archive-batches", new { unitId = world.Unit.Id, upTo = LocalToday }, Json), HttpStatusCode.Created);
        batch.Records.Where(r => r.Type == ArchivedRecordType.Call).Select(r => r.Id).Should().BeEquivalentTo([repaired.Call.Id, cancelled.Id, complainedOf.Id]);

        // A complaint about an archived call ties it: it is never a candidate while the complaint is open.
        await ExpectAsync(serviceDepartment.PostAsJsonAsync("/api/v1/complaints", new { source = "Letter", callId = complainedOf.Id, words = "Nobody came." }, Json), HttpStatusCode.Created);

        // Within retention (five years by default) nothing is a candidate; an admin shortens it to one month.
        (await ReadAsAsync<Page<ArchivedRecordDto>>(await admin.GetAsync($"/api/v1/archive/destruction-candidates?unitId={world.Unit.Id}&type=Call"), HttpStatusCode.OK)).Items.Should().BeEmpty();
        (await ReadAsAsync<RetentionPeriodDto>(await admin.PutAsJsonAsync("/api/v1/archive/retention/Call", new { months = 1 }, Json), HttpStatusCode.OK)).Months.Should().Be(1);
        (await ProblemAsync(await admin.PutAsJsonAsync("/api/v1/archive/retention/RepairCard", new { months = 1 }, Json), HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("type")[0].GetString().Should().Contain("as long as their call");
        await ExpectAsync(world.Clerk.PutAsJsonAsync("/api/v1/archive/retention/Call", new { months = 1 }, Json), HttpStatusCode.Forbidden);

        // Seventy days on, by another instance of the API whose clock is ahead.
        await using var later = LaterApi(TimeSpan.FromDays(70));
        using var laterAdmin = later.ClientWith(admin);
        using var laterServiceDepartment = later.ClientWith(serviceDepartment);
        var candidates = await ReadAsAsync<Page<ArchivedRecordDto>>(await laterAdmin.GetAsync($"/api/v1/archive/destruction-candidates?unitId={world.Unit.Id}&type=Call"), HttpStatusCode.OK);
        candidates.Items.Select(c => c.Id).Should().BeEquivalentTo([repaired.Call.Id, cancelled.Id], "the call under an open complaint is held");

        (await RuleAsync(laterAdmin.PostAsJsonAsync("/api/v1/destruction-requests", new { unitId = world.Unit.Id, type = "Call", recordIds = new[] { complainedOf.Id }, reason = "Retention ended" }, Json),
            HttpStatusCode.UnprocessableEntity)).Should().Be("/problems/rules/OnlyCandidatesAreDestroyed");
        var proposed = await ReadAsAsync<DestructionRequestDto>(await laterAdmin.PostAsJsonAsync("/api/v1/destruction-requests", new { unitId = world.Unit.Id, type = "Call", reason = "Retention ended" }, Json), HttpStatusCode.Created);
        proposed.RecordIds.Should().BeEquivalentTo([repaired.Call.Id, cancelled.Id]);
        proposed.Status.Should().Be(DestructionStatus.Requested);

        (await RuleAsync(laterAdmin.PostAsync($"/api/v1/destruction-requests/{proposed.Id}/execute", null), HttpStatusCode.Conflict)).Should().Be("/problems/rules/DestructionMustAwaitStep");
        await ExpectAsync(laterAdmin.PostAsync($"/api/v1/destruction-requests/{proposed.Id}/approve", null), HttpStatusCode.Forbidden);
        (await ReadAsAsync<DestructionRequestDto>(await laterServiceDepartment.PostAsync($"/api/v1/destruction-requests/{proposed.Id}/approve", null), HttpStatusCode.OK)).Status.Should().Be(DestructionStatus.Approved);

        // Between approval and execution the cancelled call comes under a complaint: it is kept, and the record says why.
        var late = await ReadAsAsync<ComplaintDto>(await serviceDepartment.PostAsJsonAsync("/api/v1/complaints", new { source = "Telephone", callId = cancelled.Id, words = "Why was it cancelled?" }, Json), HttpStatusCode.Created);
        var customersBefore = await Db.CountAsync("SELECT count(*) FROM customers");
        var done = await ReadAsAsync<DestructionRequestDto>(await laterAdmin.PostAsync($"/api/v1/destruction-requests/{proposed.Id}/execute", null), HttpStatusCode.OK);

        done.Status.Should().Be(DestructionStatus.Executed);
        done.DestroyedCount.Should().Be(5, "the call with its receipt, its card and its two movement lines");
        done.Kept.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Id = cancelled.Id, Reason = $"complaint {late.Number} is still open" });
        (await Db.CountAsync($"SELECT count(*) FROM repair_calls WHERE id = '{repaired.Call.Id}'")).Should().Be(0);
        (await Db.CountAsync($"SELECT count(*) FROM pickup_receipts WHERE call_id = '{repaired.Call.Id}'")).Should().Be(0);
        (await Db.CountAsync($"SELECT count(*) FROM repair_cards WHERE call_id = '{repaired.Call.Id}'")).Should().Be(0);
        (await Db.CountAsync($"SELECT count(*) FROM product_movements WHERE call_id = '{repaired.Call.Id}'")).Should().Be(0);
        (await Db.CountAsync($"SELECT count(*) FROM service_history WHERE call_id = '{repaired.Call.Id}'")).Should().Be(0);
        (await Db.CountAsync($"SELECT count(*) FROM repair_calls WHERE id IN ('{cancelled.Id}', '{complainedOf.Id}')")).Should().Be(2);
        (await Db.CountAsync("SELECT count(*) FROM customers")).Should().Be(customersBefore, "the customer is not the call's record");
        var (kept, recounted) = await Db.KpiCountsAsync();
        kept.Should().Be(recounted, "the KPI counts follow the records that remain");

        // Reads of what was destroyed answer 410 with the tombstone, by id or by number; another unit still sees a 404.
        var gone = await ProblemAsync(await world.Clerk.GetAsync($"/api/v1/calls/{repaired.Call.Id}"), HttpStatusCode.Gone);
        gone.GetProperty("type").GetString().Should().Be("/problems/gone");
        gone.GetProperty("tombstone").GetProperty("number").GetString().Should().Be(repaired.Call.Number);
        gone.GetProperty("tombstone").GetProperty("destroyedBy").GetGuid().Should().Be(proposed.Id);
        await ProblemAsync(await world.Clerk.GetAsync($"/api/v1/pickup-receipts/{Uri.EscapeDataString(repaired.PickupReceipt.Number)}"), HttpStatusCode.Gone);
        await ProblemAsync(await world.Clerk.GetAsync($"/api/v1/repair-cards/{repaired.RepairCard.Id}"), HttpStatusCode.Gone);
        await ProblemAsync(await world.Clerk.PostAsJsonAsync($"/api/v1/calls/{repaired.Call.Id}/cancel", new { reason = "-" }, Json), HttpStatusCode.Gone);
        await ProblemAsync(await other.Clerk.GetAsync($"/api/v1/calls/{repaired.Call.Id}"), HttpStatusCode.NotFound);
        await ExpectAsync(world.Clerk.GetAsync($"/api/v1/calls/{cancelled.Id}"), HttpStatusCode.OK);

        // The archive list still names it, with the destruction that removed it; the destruction is done once.
        var list = await ReadAsAsync<ArchiveBatchDto>(await world.Clerk.GetAsync($"/api/v1/archive-batches/{batch.Id}"), HttpStatusCode.OK);
        list.Records.Single(r => r.Id == repaired.Call.Id).DestroyedBy.Should().Be(proposed.Id);
        list.Records.Single(r => r.Id == cancelled.Id).DestroyedBy.Should().BeNull();
        (await RuleAsync(laterAdmin.PostAsync($"/api/v1/destruction-requests/{proposed.Id}/execute", null), HttpStatusCode.Conflict)).Should().Be("/problems/rules/DestructionMustAwaitStep");

        // Each step is audited, by whom it was taken.
        (await Db.CountAsync($"SELECT count(*) FROM audit_entries WHERE entity_id = '{proposed.Id}' AND command IN ('RequestDestruction', 'ApproveDestruction', 'ExecuteDestruction')"))
            .Should().Be(3);
    }

    [Test]
    public async Task A2_the_person_who_proposed_a_destruction_never_approves_it_whatever_roles_they_hold()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        await CancelledCallAsync(world);
        await ExpectAsync(world.Clerk.PostAsJsonAsync("/api/v1/archive-batches", new { unitId = world.Unit.Id, upTo = LocalToday }, Json), HttpStatusCode.Created);
        await ExpectAsync(admin.PutAsJsonAsync("/api/v1/archive/retention/Call", new { months = 1 }, Json), HttpStatusCode.OK);
        var both = await admin.HireAsync(world.Unit.Id, Role.Admin, Role.ServiceDepartment);
        using var bothClient = await ClientForStaffAsync(both.Id);
        await using var later = LaterApi(TimeSpan.FromDays(70));
        using var laterBoth = later.ClientWith(bothClient);

        var proposed = await ReadAsAsync<DestructionRequestDto>(await laterBoth.PostAsJsonAsync("/api/v1/destruction-requests", new { unitId = world.Unit.Id, type = "Call", reason = "Retention ended" }, Json), HttpStatusCode.Created);

        (await RuleAsync(laterBoth.PostAsync($"/api/v1/destruction-requests/{proposed.Id}/approve", null), HttpStatusCode.UnprocessableEntity))
            .Should().Be("/problems/rules/ApproverIsNeverTheRequester");
        (await ReadAsAsync<DestructionRequestDto>(await laterBoth.GetAsync($"/api/v1/destruction-requests/{proposed.Id}"), HttpStatusCode.OK)).Status.Should().Be(DestructionStatus.Requested);
    }

    [Test]
    public async Task A2_with_nothing_past_retention_there_is_nothing_to_propose()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        await CancelledCallAsync(world);
        await ExpectAsync(world.Clerk.PostAsJsonAsync("/api/v1/archive-batches", new { unitId = world.Unit.Id, upTo = LocalToday }, Json), HttpStatusCode.Created);

        (await RuleAsync(admin.PostAsJsonAsync("/api/v1/destruction-requests", new { unitId = world.Unit.Id, type = "Call", reason = "Tidy up" }, Json), HttpStatusCode.UnprocessableEntity))
            .Should().Be("/problems/rules/DestructionNeedsARecord");
        (await Db.CountAsync("SELECT count(*) FROM destruction_requests")).Should().Be(0);
    }

    [Test]
    public async Task A2_ten_thousand_calls_are_archived_and_destroyed_in_one_command_and_one_transaction_each_with_nothing_else_touched()
    {
        const int calls = 10_000;
        using var admin = await ClientAsAsync(Role.Admin);
        using var serviceDepartment = await ClientAsAsync(Role.ServiceDepartment);
        using var world = await CreateAsync(admin, "TPE");
        using var other = await CreateAsync(admin, "TXG");
        var template = await CancelledCallAsync(world);
        await CancelledCallAsync(other);
        await Db.ExecuteAsync($"""
            CREATE TEMP TABLE clones AS SELECT c.*, g AS n FROM repair_calls c CROSS JOIN generate_series(1, {calls - 1}) g WHERE c.id = '{template.Id}';
            UPDATE clones SET id = gen_random_uuid(), number = 'V' || lpad(n::text, 6, '0');
            ALTER TABLE clones DROP COLUMN n;
            INSERT INTO repair_calls SELECT * FROM clones;
            """);
        const string othersRows = "SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM {0} t WHERE unit_id <> '{1}'";
        var tables = new[] { "repair_calls", "customers", "service_certificates", "archive_batches", "kpi_days" };
        var before = await OthersAsync();

        var batch = await ReadAsAsync<ArchiveBatchDto>(await world.Clerk.PostAsJsonAsync("/api/v1/archive-batches", new { unitId = world.Unit.Id, upTo = LocalToday }, Json), HttpStatusCode.Created);

        batch.Counts.Should().ContainSingle().Which.Should().Be(new ArchivedCountDto(ArchivedRecordType.Call, calls));
        (await Db.CountAsync($"SELECT count(*) FROM repair_calls WHERE archived_in = '{batch.Id}'")).Should().Be(calls);
        (await Db.CountAsync($"""
            SELECT count(DISTINCT x) FROM (
                SELECT xmin::text AS x FROM repair_calls WHERE archived_in = '{batch.Id}'
                UNION ALL SELECT xmin::text FROM archive_entries WHERE batch_id = '{batch.Id}'
                UNION ALL SELECT xmin::text FROM archive_batches WHERE id = '{batch.Id}') marks
            """)).Should().Be(1, "every mark, every line and the batch were written by one transaction");

        await ExpectAsync(admin.PutAsJsonAsync("/api/v1/archive/retention/Call", new { months = 1 }, Json), HttpStatusCode.OK);
        await using var later = LaterApi(TimeSpan.FromDays(70));
        using var laterAdmin = later.ClientWith(admin);
        using var laterServiceDepartment = later.ClientWith(serviceDepartment);
        var proposed = await ReadAsAsync<DestructionRequestDto>(await laterAdmin.PostAsJsonAsync("/api/v1/destruction-requests", new { unitId = world.Unit.Id, type = "Call", reason = "Retention ended" }, Json), HttpStatusCode.Created);
        proposed.RecordCount.Should().Be(calls);
        await ExpectAsync(laterServiceDepartment.PostAsync($"/api/v1/destruction-requests/{proposed.Id}/approve", null), HttpStatusCode.OK);

        var done = await ReadAsAsync<DestructionRequestDto>(await laterAdmin.PostAsync($"/api/v1/destruction-requests/{proposed.Id}/execute", null), HttpStatusCode.OK);

        done.DestroyedCount.Should().Be(calls);
        (await Db.CountAsync($"SELECT count(*) FROM repair_calls WHERE unit_id = '{world.Unit.Id}'")).Should().Be(0);
        (await Db.CountAsync($"""
            SELECT count(DISTINCT x) FROM (
                SELECT xmin::text AS x FROM archive_entries WHERE destroyed_by = '{proposed.Id}'
                UNION ALL SELECT xmin::text FROM destruction_requests WHERE id = '{proposed.Id}') marks
            """)).Should().Be(1, "every tombstone and the destruction record were written by one transaction");
        (await Db.CountAsync($"SELECT count(*) FROM archive_entries WHERE destroyed_by = '{proposed.Id}'")).Should().Be(calls);
        (await OthersAsync()).Should().Be(before, "another unit's records are not touched");
        var (kept, recounted) = await Db.KpiCountsAsync();
        kept.Should().Be(recounted, "the KPI counts follow the records that remain");

        async Task<string> OthersAsync() =>
            string.Join('\n', await Task.WhenAll(tables.Select(t => Db.ScalarAsync<string>(string.Format(System.Globalization.CultureInfo.InvariantCulture, othersRows, t, world.Unit.Id)))));
    }

    private static async Task<CallDto> CancelledCallAsync(ServiceUnitWorld world)
    {
        var call = await world.NewCallAsync();
        await ExpectAsync(world.Clerk.PostAsJsonAsync($"/api/v1/calls/{call.Id}/cancel", new { reason = "Customer fixed it" }, Json), HttpStatusCode.OK);
        return call;
    }

    /// <summary>A second API on the same database whose clock runs ahead: retention is counted in months, tests run in minutes.</summary>
    internal static LaterApi LaterApi(TimeSpan ahead)
    {
        var api = new AfterSalesApiFactory(Db.ConnectionString, settings: new Dictionary<string, string?> { ["RateLimiting:Enabled"] = "false" });
        api.Clock.Advance(ahead);
        return new LaterApi(api);
    }
}

/// <summary>The API as it will be later; its clients carry the tokens of clients of the test's API.</summary>
internal sealed class LaterApi(AfterSalesApiFactory api) : IAsyncDisposable
{
    public HttpClient ClientWith(HttpClient now)
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = now.DefaultRequestHeaders.Authorization;
        return client;
    }

    public ValueTask DisposeAsync() => api.DisposeAsync();
}
