using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Support;
using AfterSales.Application.Calls;
using AfterSales.Domain.Common;
using static AfterSales.Api.Tests.Support.ServiceUnitWorld;

namespace AfterSales.Api.Tests;

/// <summary>Refused steps answer with a problem naming the rule and change nothing (read back from the database).</summary>
public class CallRulesTests : ApiTest
{
    private static async Task<(long Calls, long History, long Audit)> SnapshotAsync() =>
        (await Db.CountAsync("SELECT count(*) FROM repair_calls"),
         await Db.CountAsync("SELECT count(*) FROM service_history"),
         await Db.CountAsync("SELECT count(*) FROM audit_entries"));

    private static async Task ExpectRefusalAsync(Task<HttpResponseMessage> call, HttpStatusCode status, string rule)
    {
        var problem = await ProblemAsync(await call, status);
        problem.GetProperty("type").GetString().Should().Be($"/problems/rules/{rule}");
    }

    [Test]
    public async Task Dispatching_a_cancelled_call_is_409_and_changes_nothing()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var call = await world.NewCallAsync();
        await ExpectAsync(world.Clerk.PostAsJsonAsync($"/api/v1/calls/{call.Id}/cancel", new { reason = "Customer fixed it" }, Json), HttpStatusCode.OK);
        var before = await SnapshotAsync();

        await ExpectRefusalAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/calls/{call.Id}/dispatch", new { technicianId = world.TechnicianId }, Json), HttpStatusCode.Conflict, "CallMustAwaitDispatch");

        (await SnapshotAsync()).Should().Be(before);
        (await Db.ScalarAsync<string>($"SELECT status FROM repair_calls WHERE id = '{call.Id}'")).Should().Be("Cancelled");
        (await Db.ScalarAsync<object>($"SELECT technician_id FROM repair_calls WHERE id = '{call.Id}'")).Should().BeNull();
    }

    [Test]
    public async Task Arriving_twice_is_409_and_the_first_arrival_stands()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var call = await world.ArrivedCallAsync();
        var before = await SnapshotAsync();

        await ExpectRefusalAsync(world.Technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/arrival", new { arrivedAt = "2026-11-23T11:00:00+08:00" }, Json), HttpStatusCode.Conflict, "ArrivalNeedsADispatchedCall");

        (await SnapshotAsync()).Should().Be(before);
        (await Db.ScalarAsync<DateTime>($"SELECT arrived_at FROM repair_calls WHERE id = '{call.Id}'"))
            .Should().Be(new DateTime(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc));
    }

    [Test]
    public async Task Finishing_on_site_a_call_taken_to_the_workshop_is_409()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var call = (await world.InWorkshopAsync(TimeSpan.FromDays(2))).Call;
        var before = await SnapshotAsync();

        await ExpectRefusalAsync(world.Technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/complete-on-site", OnSiteBody(hours: 1, collected: false), Json), HttpStatusCode.Conflict, "WorkNeedsAnArrival");

        (await SnapshotAsync()).Should().Be(before);
        (await Db.ScalarAsync<string>($"SELECT status FROM repair_calls WHERE id = '{call.Id}'")).Should().Be("InWorkshop");
    }

    [Test]
    public async Task Closing_an_uninspected_card_is_409_and_the_receipt_stays_valid()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var intake = await world.InWorkshopAsync(TimeSpan.FromDays(2));
        var call = intake.Call;
        var movements = await Db.CountAsync("SELECT count(*) FROM product_movements");

        await ExpectRefusalAsync(
            world.Clerk.PostAsJsonAsync($"/api/v1/repair-cards/{intake.RepairCard.Id}/close", new { signature = new { signerName = "Lin", signedAt = ApiTestRun.Api.Clock.GetUtcNow() }, receiptNumber = intake.PickupReceipt.Number }, Json),
            HttpStatusCode.Conflict,
            "CardCanCloseOnlyAfterPassedInspection");

        (await Db.CountAsync("SELECT count(*) FROM product_movements")).Should().Be(movements);
        (await Db.ScalarAsync<object>($"SELECT voided_at FROM pickup_receipts WHERE id = '{intake.PickupReceipt.Id}'")).Should().BeNull();
        (await Db.ScalarAsync<string>($"SELECT status FROM repair_calls WHERE id = '{call.Id}'")).Should().Be("InWorkshop");
        await ProblemAsync(await world.Supervisor.PostAsJsonAsync($"/api/v1/repair-cards/{intake.RepairCard.Id}/inspection", new { passed = true }, Json), HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Returning_twice_cannot_void_the_receipt_twice()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var intake = await world.InWorkshopAsync(TimeSpan.FromDays(2));
        var call = intake.Call;
        await ExpectAsync(world.Technician.PostAsJsonAsync($"/api/v1/repair-cards/{intake.RepairCard.Id}/work", new { hours = 1, description = "Fixed", repairFinished = true }, Json), HttpStatusCode.OK);
        await ExpectAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/repair-cards/{intake.RepairCard.Id}/inspection", new { passed = true }, Json), HttpStatusCode.OK);
        var close = new { signature = new { signerName = "Lin", signedAt = ApiTestRun.Api.Clock.GetUtcNow() }, receiptNumber = intake.PickupReceipt.Number };
        await ExpectAsync(world.Clerk.PostAsJsonAsync($"/api/v1/repair-cards/{intake.RepairCard.Id}/close", close, Json), HttpStatusCode.OK);
        var voidedAt = await Db.ScalarAsync<DateTime>($"SELECT voided_at FROM pickup_receipts WHERE id = '{intake.PickupReceipt.Id}'");
        var before = await SnapshotAsync();

        await ExpectRefusalAsync(world.Clerk.PostAsJsonAsync($"/api/v1/repair-cards/{intake.RepairCard.Id}/close", close, Json), HttpStatusCode.Conflict, "CardCanCloseOnlyAfterPassedInspection");

        (await SnapshotAsync()).Should().Be(before);
        (await Db.ScalarAsync<DateTime>($"SELECT voided_at FROM pickup_receipts WHERE id = '{intake.PickupReceipt.Id}'")).Should().Be(voidedAt);
        (await Db.CountAsync("SELECT count(*) FROM product_movements WHERE direction = 'Out'")).Should().Be(1);
    }

    [Test]
    public async Task Logging_out_an_unfinished_call_is_409()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var call = await world.ArrivedCallAsync();
        var before = await SnapshotAsync();

        await ExpectRefusalAsync(world.Clerk.PostAsync($"/api/v1/calls/{call.Id}/log-out", null), HttpStatusCode.Conflict, "OnlyFinishedCallsAreLoggedOut");

        (await SnapshotAsync()).Should().Be(before);
    }

    [Test]
    public async Task Input_the_register_cannot_hold_is_400_not_500()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var (customer, certificate) = await world.CustomerWithProductAsync();
        var call = await world.ArrivedCallAsync();

        var ancient = await world.Clerk.PostAsJsonAsync("/api/v1/calls", new { customerId = customer.Id, certificateId = certificate.Id, channel = "Phone", receivedAt = "0001-01-01T00:00:00+00:00", problem = "x" }, Json);
        var tooPrecise = await world.Technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/complete-on-site", OnSiteBody(hours: 1.255m, collected: false), Json);
        var hugePrice = await world.Technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/complete-on-site", new
        {
            workHours = 1,
            parts = new[] { new { partNumber = "X", quantity = 1, unitPrice = new { amount = 1e15m, currency = "TWD" } } },
            signature = new { signerName = "Lin", signedAt = "2026-11-23T11:00:00+08:00" },
            collectedOnSite = false,
        }, Json);

        var endOfTime = await world.Clerk.GetAsync("/api/v1/calls?date=9999-12-31");
        var registerEndOfTime = await world.Clerk.GetAsync("/api/v1/registers/product-movements?date=0001-01-01");
        var contractToEndOfTime = await world.Clerk.PostAsJsonAsync("/api/v1/contracts", new
        {
            customerId = customer.Id,
            certificateIds = new[] { certificate.Id },
            startsOn = "2026-01-01",
            endsOn = "9999-12-31",
            fee = new { amount = 1, currency = "TWD" },
        }, Json);
        var certificateFromYearOne = await world.Clerk.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/certificates", new { model = "M", serialNumber = "S", soldOn = "0001-01-01", warrantyEndsOn = "9999-12-31" }, Json);

        await ProblemAsync(endOfTime, HttpStatusCode.BadRequest);
        await ProblemAsync(registerEndOfTime, HttpStatusCode.BadRequest);
        await ProblemAsync(contractToEndOfTime, HttpStatusCode.BadRequest);
        await ProblemAsync(certificateFromYearOne, HttpStatusCode.BadRequest);
        await ProblemAsync(ancient, HttpStatusCode.BadRequest);
        await ProblemAsync(tooPrecise, HttpStatusCode.BadRequest);
        await ProblemAsync(hugePrice, HttpStatusCode.BadRequest);
        (await Db.ScalarAsync<string>($"SELECT status FROM repair_calls WHERE id = '{call.Id}'")).Should().Be("Arrived");
    }

    [Test]
    public async Task A_call_carries_an_ETag_and_a_step_sent_with_a_stale_If_Match_is_412()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var call = await world.NewCallAsync();
        var read = await world.Supervisor.GetAsync($"/api/v1/calls/{call.Id}");
        var etag = read.Headers.ETag!.Tag;
        await ExpectAsync(world.Clerk.PostAsJsonAsync($"/api/v1/calls/{call.Id}/dispatch", new { technicianId = world.TechnicianId }, Json), HttpStatusCode.Forbidden);
        await ExpectAsync(world.Supervisor.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/v1/calls/{call.Id}/dispatch")
        {
            Content = JsonContent.Create(new { technicianId = world.TechnicianId }, options: Json),
            Headers = { { "If-Match", etag } },
        }), HttpStatusCode.OK);
        var before = await SnapshotAsync();

        var stale = await world.Clerk.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/v1/calls/{call.Id}/cancel")
        {
            Content = JsonContent.Create(new { reason = "Customer fixed it" }, options: Json),
            Headers = { { "If-Match", etag } },
        });

        await ProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        (await SnapshotAsync()).Should().Be(before);
        (await Db.ScalarAsync<string>($"SELECT status FROM repair_calls WHERE id = '{call.Id}'")).Should().Be("Dispatched");
    }

    [Test]
    public async Task Cancelling_after_arrival_is_409()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var call = await world.ArrivedCallAsync();

        await ExpectRefusalAsync(world.Clerk.PostAsJsonAsync($"/api/v1/calls/{call.Id}/cancel", new { reason = "late" }, Json), HttpStatusCode.Conflict, "CallCanBeCancelledOnlyBeforeArrival");
    }

    [Test]
    public async Task R10_collecting_above_the_on_site_threshold_is_422_and_changes_nothing()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var call = await world.ArrivedCallAsync();
        var before = await SnapshotAsync();

        await ExpectRefusalAsync(world.Technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/complete-on-site", OnSiteBody(hours: 3.76m, collected: true), Json), HttpStatusCode.UnprocessableEntity, "OnSiteCollectionWithinThreshold");

        (await SnapshotAsync()).Should().Be(before);
        var atThreshold = await ReadAsAsync<CallDto>(await world.Technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/complete-on-site", OnSiteBody(hours: 3.75m, collected: true), Json), HttpStatusCode.OK);
        atThreshold.CollectedOnSite.Should().BeTrue();
    }

    [Test]
    public async Task Reassignment_before_arrival_needs_a_reason_and_is_kept()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var call = await world.NewCallAsync();
        await ExpectAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/calls/{call.Id}/dispatch", new { technicianId = world.TechnicianId }, Json), HttpStatusCode.OK);

        await ExpectRefusalAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/calls/{call.Id}/dispatch", new { technicianId = world.OtherTechnicianId }, Json), HttpStatusCode.Conflict, "ReassignmentNeedsAReason");
        var reassigned = await ReadAsAsync<CallDto>(await world.Supervisor.PostAsJsonAsync($"/api/v1/calls/{call.Id}/dispatch", new { technicianId = world.OtherTechnicianId, reassignReason = "Closer to the customer" }, Json), HttpStatusCode.OK);

        reassigned.TechnicianId.Should().Be(world.OtherTechnicianId);
        var timeline = await ReadAsAsync<CallDto>(await world.Supervisor.GetAsync($"/api/v1/calls/{call.Id}"), HttpStatusCode.OK);
        timeline.Timeline!.Select(t => t.Kind).Should().Equal(ServiceEventKind.CallRegistered, ServiceEventKind.Dispatched, ServiceEventKind.Reassigned);
        timeline.Timeline![^1].Note.Should().Contain("Closer to the customer");
    }

    [Test]
    public async Task Dispatch_to_someone_who_is_not_a_technician_of_the_unit_is_422()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        using var other = await CreateAsync(admin, "TXG");
        var call = await world.NewCallAsync();

        await ExpectRefusalAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/calls/{call.Id}/dispatch", new { technicianId = other.TechnicianId }, Json), HttpStatusCode.UnprocessableEntity, "DispatchedTechnicianMustServeTheUnit");
    }

    [Test]
    public async Task Two_supervisors_dispatching_the_same_call_at_once_one_wins_the_other_gets_409()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var secondSupervisor = await admin.HireAsync(world.Unit.Id, Role.Supervisor);
        using var supervisor2 = await ClientForStaffAsync(secondSupervisor.Id);

        for (var round = 0; round < 5; round++)
        {
            var call = await world.NewCallAsync();
            var responses = await Task.WhenAll(
                world.Supervisor.PostAsJsonAsync($"/api/v1/calls/{call.Id}/dispatch", new { technicianId = world.TechnicianId }, Json),
                supervisor2.PostAsJsonAsync($"/api/v1/calls/{call.Id}/dispatch", new { technicianId = world.OtherTechnicianId }, Json));

            responses.Select(r => r.StatusCode).Should().BeEquivalentTo([HttpStatusCode.OK, HttpStatusCode.Conflict]);
            var winner = await ReadAsAsync<CallDto>(responses.Single(r => r.StatusCode == HttpStatusCode.OK), HttpStatusCode.OK);
            (await Db.ScalarAsync<Guid>($"SELECT technician_id FROM repair_calls WHERE id = '{call.Id}'")).Should().Be(winner.TechnicianId!.Value);
            (await Db.CountAsync($"SELECT count(*) FROM service_history WHERE call_id = '{call.Id}' AND kind IN ('Dispatched', 'Reassigned')")).Should().Be(1);
        }
    }

    [Test]
    public async Task R4_another_units_call_is_404_and_a_wrong_role_is_403()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        using var other = await CreateAsync(admin, "TXG");
        var call = await world.NewCallAsync();

        await ProblemAsync(await other.Clerk.GetAsync($"/api/v1/calls/{call.Id}"), HttpStatusCode.NotFound);
        await ProblemAsync(await other.Supervisor.PostAsJsonAsync($"/api/v1/calls/{call.Id}/dispatch", new { technicianId = other.TechnicianId }, Json), HttpStatusCode.NotFound);
        await ProblemAsync(await other.Clerk.GetAsync($"/api/v1/certificates/{call.CertificateId}"), HttpStatusCode.NotFound);
        await ProblemAsync(await world.Technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/dispatch", new { technicianId = world.TechnicianId }, Json), HttpStatusCode.Forbidden);
        await ProblemAsync(await world.Clerk.PostAsJsonAsync($"/api/v1/calls/{call.Id}/arrival", new { arrivedAt = "2026-11-23T10:00:00+08:00" }, Json), HttpStatusCode.Forbidden);
        (await Db.ScalarAsync<string>($"SELECT status FROM repair_calls WHERE id = '{call.Id}'")).Should().Be("Registered");
    }

    [Test]
    public async Task R4_a_technician_acts_only_on_calls_dispatched_to_them()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var call = await world.NewCallAsync();
        await ExpectAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/calls/{call.Id}/dispatch", new { technicianId = world.TechnicianId }, Json), HttpStatusCode.OK);

        await ProblemAsync(await world.OtherTechnician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/arrival", new { arrivedAt = "2026-11-23T10:00:00+08:00" }, Json), HttpStatusCode.Forbidden);
        (await Db.ScalarAsync<string>($"SELECT status FROM repair_calls WHERE id = '{call.Id}'")).Should().Be("Dispatched");
    }

    /// <summary>Paid work at the default TWD 800 an hour: 3.75 h is exactly the TWD 3,000 on-site threshold.</summary>
    private static object OnSiteBody(decimal hours, bool collected) => new
    {
        workHours = hours,
        parts = Array.Empty<object>(),
        signature = new { signerName = "Lin", signedAt = "2026-11-23T11:00:00+08:00" },
        collectedOnSite = collected,
        notCollectedReason = collected ? null : "Customer pays by bank transfer",
    };
}
