using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Support;
using AfterSales.Application.Calls;
using AfterSales.Application.Calls.Commands.ReceiveIntoWorkshop;
using AfterSales.Application.Calls.Commands.TakeToWorkshop;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Certificates;
using AfterSales.Application.Registers.Queries.GetProductMovements;
using AfterSales.Application.RepairCards;
using AfterSales.Application.RepairCards.Commands.CloseRepairCard;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Common;
using AfterSales.Domain.Registers;
using AfterSales.Domain.RepairCards;
using static AfterSales.Api.Tests.Support.ServiceUnitWorld;

namespace AfterSales.Api.Tests;

/// <summary>The two paths of the regulation from the customer's call to the filed certificate, through real HTTP.</summary>
public class CallToClosureTests : ApiTest
{
    private static DateTimeOffset At(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture);

    [Test]
    public async Task On_site_path_R8_R19_R9_R10_from_call_to_filed_certificate()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var (customer, certificate) = await world.CustomerWithProductAsync();

        // R8: registered on Friday 16:00; R6: warranty over, no contract → Paid; R19: due Monday 14:00.
        var call = await world.RegisterCallAsync(customer.Id, certificate.Id);
        call.Number.Should().MatchRegex(@"^TPE-2026-\d{6}$");
        call.ServiceType.Should().Be(ServiceType.Paid);
        call.Zone.Should().Be(AfterSales.Domain.Units.ServiceZone.Urban);
        call.DispatchDeadline.Should().Be(At("2026-11-23T14:00:00+08:00"));
        call.CustomerName.Should().Be("Lin Mei-hua");

        var dispatched = await ReadAsAsync<CallDto>(await world.Supervisor.PostAsJsonAsync($"/api/v1/calls/{call.Id}/dispatch", new { technicianId = world.TechnicianId, dispatchedAt = "2026-11-21T09:00:00+08:00" }, Json), HttpStatusCode.OK);
        dispatched.Status.Should().Be(CallStatus.Dispatched);

        var arrived = await ReadAsAsync<CallDto>(await world.Technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/arrival", new { arrivedAt = "2026-11-23T15:00:00+08:00" }, Json), HttpStatusCode.OK);
        arrived.DeadlineMet.Should().BeFalse();
        arrived.DeadlineMissedByHours.Should().Be(1m);

        var completed = await ReadAsAsync<CallDto>(await world.Technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/complete-on-site", new
        {
            workHours = 1.5m,
            parts = new[] { new { partNumber = "CAP-35UF", quantity = 1, unitPrice = new { amount = 450, currency = "TWD" } } },
            signature = new { signerName = "Lin Mei-hua", signedAt = "2026-11-23T16:40:00+08:00" },
            collectedOnSite = true,
        }, Json), HttpStatusCode.OK);
        completed.Status.Should().Be(CallStatus.CompletedOnSite);
        completed.CollectedOnSite.Should().BeTrue();
        completed.Fee!.Amount.Should().Be(1650m);

        var closed = await ReadAsAsync<CallDto>(await world.Clerk.PostAsync($"/api/v1/calls/{call.Id}/log-out", null), HttpStatusCode.OK);
        closed.Status.Should().Be(CallStatus.Closed);

        var history = await ReadAsAsync<CertificateDto>(await world.Clerk.GetAsync($"/api/v1/certificates/{certificate.Id}"), HttpStatusCode.OK);
        history.History.Select(h => h.Kind).Should().Equal(
            ServiceEventKind.CallRegistered,
            ServiceEventKind.Dispatched,
            ServiceEventKind.Arrived,
            ServiceEventKind.CompletedOnSite,
            ServiceEventKind.CustomerSigned,
            ServiceEventKind.CertificateFiled,
            ServiceEventKind.CallClosed);
        var withTimeline = await ReadAsAsync<CallDto>(await world.Supervisor.GetAsync($"/api/v1/calls/{call.Id}"), HttpStatusCode.OK);
        withTimeline.Timeline.Should().HaveCount(7);
        (await Db.CountAsync($"SELECT count(*) FROM audit_entries WHERE entity = 'RepairCall' AND entity_id = '{call.Id}'")).Should().Be(5);
    }

    [Test]
    public async Task Workshop_path_R11_R12_R14_from_pickup_receipt_to_return()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var call = await world.ArrivedCallAsync();
        var now = ApiTestRun.Api.Clock.GetUtcNow();

        var pickup = await ReadAsAsync<PickupDto>(await world.Technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/take-to-workshop", new
        {
            promisedCompletionAt = now.AddHours(4),
            signature = new { signerName = "Lin Mei-hua", signedAt = "2026-11-23T10:30:00+08:00" },
        }, Json), HttpStatusCode.OK);
        pickup.Call.Status.Should().Be(CallStatus.InTransit, "R11: until the clerk receives it, the product is with the technician");
        pickup.PickupReceipt.Number.Should().MatchRegex(@"^TPE-R\d{4}-\d{6}$");
        pickup.PickupReceipt.IsVoid.Should().BeFalse();
        pickup.PickupReceipt.PromisedAt.Should().BeCloseTo(now.AddHours(4), TimeSpan.FromMilliseconds(1));
        (await Db.CountAsync($"SELECT count(*) FROM product_movements WHERE call_id = '{call.Id}'")).Should().Be(0);
        (await Db.CountAsync($"SELECT count(*) FROM repair_cards WHERE call_id = '{call.Id}'")).Should().Be(0);

        // The technician hands it over half an hour after the pickup; the clerk records it an hour later.
        ApiTestRun.Api.Clock.Advance(TimeSpan.FromHours(1.5));
        var intake = await ReadAsAsync<WorkshopIntakeDto>(await world.Clerk.PostAsJsonAsync($"/api/v1/calls/{call.Id}/receive-into-workshop", new { receivedAt = now.AddMinutes(30) }, Json), HttpStatusCode.OK);
        intake.Call.Status.Should().Be(CallStatus.InWorkshop);
        intake.RepairCard.Number.Should().MatchRegex(@"^TPE-K\d{4}-\d{6}$");
        intake.RepairCard.PromisedAt.Should().BeCloseTo(now.AddHours(4), TimeSpan.FromMilliseconds(1));
        intake.RepairCard.Overdue.Should().BeFalse();
        var card = intake.RepairCard;

        await Expect(world.Technician.PostAsJsonAsync($"/api/v1/repair-cards/{card.Id}/work", new { hours = 2, description = "Replaced compressor relay", repairFinished = false }, Json), HttpStatusCode.OK);
        await Expect(world.Technician.PostAsJsonAsync($"/api/v1/repair-cards/{card.Id}/parts", new { partNumber = "RLY-220", quantity = 2, unitPrice = new { amount = 180.5m, currency = "TWD" } }, Json), HttpStatusCode.OK);
        await Expect(world.Technician.PostAsJsonAsync($"/api/v1/repair-cards/{card.Id}/work", new { hours = 0.5, description = "Bench test", repairFinished = true }, Json), HttpStatusCode.OK);

        // R12: a failed inspection goes back to repair, and the second attempt passes.
        var failed = await ReadAsAsync<RepairCardDto>(await world.Supervisor.PostAsJsonAsync($"/api/v1/repair-cards/{card.Id}/inspection", new { passed = false, note = "Still noisy" }, Json), HttpStatusCode.OK);
        failed.Status.Should().Be(RepairCardStatus.InRepair);
        await Expect(world.Technician.PostAsJsonAsync($"/api/v1/repair-cards/{card.Id}/work", new { hours = 1, description = "Fan bearing", repairFinished = true }, Json), HttpStatusCode.OK);
        var passed = await ReadAsAsync<RepairCardDto>(await world.Supervisor.PostAsJsonAsync($"/api/v1/repair-cards/{card.Id}/inspection", new { passed = true }, Json), HttpStatusCode.OK);
        passed.Status.Should().Be(RepairCardStatus.Passed);
        passed.TotalHours.Should().Be(3.5m);
        passed.Parts.Should().ContainSingle().Which.Part.UnitPrice.Amount.Should().Be(180.5m);

        var returned = await ReadAsAsync<ReturnDto>(await world.Technician.PostAsJsonAsync($"/api/v1/repair-cards/{card.Id}/close", new
        {
            signature = new { signerName = "Lin Mei-hua", signedAt = ApiTestRun.Api.Clock.GetUtcNow() },
            receiptNumber = pickup.PickupReceipt.Number,
        }, Json), HttpStatusCode.OK);
        returned.RepairCard.Status.Should().Be(RepairCardStatus.Closed);
        returned.PickupReceipt.IsVoid.Should().BeTrue();
        returned.Call.Status.Should().Be(CallStatus.Closed);

        var receipt = await ReadAsAsync<PickupReceiptDto>(await world.Clerk.GetAsync($"/api/v1/pickup-receipts/{pickup.PickupReceipt.Number}"), HttpStatusCode.OK);
        receipt.IsVoid.Should().BeTrue();

        // The register is by the unit's local date; the shared clock may have passed midnight in Taipei
        // between the product coming in and going out, so read the day of each.
        var taipei = TimeZoneInfo.FindSystemTimeZoneById("Asia/Taipei");
        var days = new[] { now.AddMinutes(30), ApiTestRun.Api.Clock.GetUtcNow() }
            .Select(at => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, taipei).DateTime)).Distinct();
        var movements = new List<ProductMovementDto>();
        foreach (var day in days)
        {
            movements.AddRange((await ReadAsAsync<Page<ProductMovementDto>>(await world.Clerk.GetAsync($"/api/v1/registers/product-movements?date={day:yyyy-MM-dd}"), HttpStatusCode.OK)).Items);
        }

        movements.Select(m => m.Direction).Should().Equal(MovementDirection.In, MovementDirection.Out);
        movements[0].At.Should().BeCloseTo(now.AddMinutes(30), TimeSpan.FromMilliseconds(1));
        movements[0].RecordedAt.Should().BeCloseTo(now.AddHours(1.5), TimeSpan.FromMilliseconds(1));
        movements.Should().OnlyContain(m => m.ReceiptNumber == intake.PickupReceipt.Number);

        var history = await ReadAsAsync<CertificateDto>(await world.Clerk.GetAsync($"/api/v1/certificates/{call.CertificateId}"), HttpStatusCode.OK);
        history.History.Select(h => h.Kind).Should().ContainInOrder(
            ServiceEventKind.CallRegistered,
            ServiceEventKind.TakenToWorkshop,
            ServiceEventKind.PickupReceiptIssued,
            ServiceEventKind.ReceivedIntoWorkshop,
            ServiceEventKind.ProductIn,
            ServiceEventKind.RepairCardOpened,
            ServiceEventKind.RepairWork,
            ServiceEventKind.PartReplaced,
            ServiceEventKind.InspectionFailed,
            ServiceEventKind.InspectionPassed,
            ServiceEventKind.CustomerSigned,
            ServiceEventKind.ProductOut,
            ServiceEventKind.PickupReceiptVoided,
            ServiceEventKind.CallClosed);
    }

    [Test]
    public async Task R14_a_late_card_shows_unreported_until_the_technician_reports_it_and_the_supervisor_may_promise_anew()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var intake = await world.InWorkshopAsync(TimeSpan.FromHours(1));
        var card = intake.RepairCard;

        (await ReadAsAsync<Page<RepairCardDto>>(await world.Supervisor.GetAsync("/api/v1/repair-cards?overdue=true"), HttpStatusCode.OK)).Items.Should().BeEmpty();

        ApiTestRun.Api.Clock.Advance(TimeSpan.FromHours(2));

        var overdue = await ReadAsAsync<Page<RepairCardDto>>(await world.Supervisor.GetAsync("/api/v1/repair-cards?overdue=true"), HttpStatusCode.OK);
        overdue.Items.Should().ContainSingle().Which.Id.Should().Be(card.Id);
        overdue.Items[0].Unreported.Should().BeTrue();
        overdue.Items[0].EscalatedToSupervisor.Should().BeFalse();

        var reported = await ReadAsAsync<RepairCardDto>(await world.OtherTechnician.PostAsJsonAsync($"/api/v1/repair-cards/{card.Id}/escalations", new { reason = "Compressor on back order" }, Json), HttpStatusCode.OK);
        reported.EscalatedToSupervisor.Should().BeTrue();
        reported.Unreported.Should().BeFalse();
        var escalation = reported.Escalations.Should().ContainSingle().Subject;
        escalation.Answer.Should().BeNull();

        var newPromise = ApiTestRun.Api.Clock.GetUtcNow().AddDays(2);
        await ExpectAsync(world.Technician.PostAsJsonAsync($"/api/v1/repair-cards/{card.Id}/escalations/{escalation.Id}/answer", new { help = "x" }, Json), HttpStatusCode.Forbidden);
        await ExpectAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/repair-cards/{card.Id}/escalations/{Guid.NewGuid()}/answer", new { help = "x" }, Json), HttpStatusCode.NotFound);
        var answered = await ReadAsAsync<RepairCardDto>(await world.Supervisor.PostAsJsonAsync($"/api/v1/repair-cards/{card.Id}/escalations/{escalation.Id}/answer", new
        {
            help = "Second technician; compressor from Taichung stock",
            newPromisedAt = newPromise,
        }, Json), HttpStatusCode.OK);
        answered.PromisedAt.Should().BeCloseTo(newPromise, TimeSpan.FromMilliseconds(1));
        answered.OriginalPromisedAt.Should().Be(card.PromisedAt);
        answered.Overdue.Should().BeFalse();
        answered.Escalations.Single().Answer!.Help.Should().StartWith("Second technician");
        await ExpectAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/repair-cards/{card.Id}/escalations/{escalation.Id}/answer", new { help = "again" }, Json), HttpStatusCode.Conflict);
        (await ReadAsAsync<Page<RepairCardDto>>(await world.Supervisor.GetAsync("/api/v1/repair-cards?overdue=true"), HttpStatusCode.OK)).Items.Should().BeEmpty();
    }

    [Test]
    public async Task R12_a_lost_receipt_is_voided_with_a_reason_and_a_wrong_number_is_refused()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var intake = await world.InWorkshopAsync(TimeSpan.FromHours(4));
        var card = intake.RepairCard;
        await ExpectAsync(world.Technician.PostAsJsonAsync($"/api/v1/repair-cards/{card.Id}/work", new { hours = 1, description = "Fix", repairFinished = true }, Json), HttpStatusCode.OK);
        await ExpectAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/repair-cards/{card.Id}/inspection", new { passed = true }, Json), HttpStatusCode.OK);
        var signature = new { signerName = "Lin", signedAt = ApiTestRun.Api.Clock.GetUtcNow() };

        var wrong = await world.Clerk.PostAsJsonAsync($"/api/v1/repair-cards/{card.Id}/close", new { signature, receiptNumber = "TPE-R2026-999999" }, Json);
        (await ProblemAsync(wrong, HttpStatusCode.UnprocessableEntity)).GetProperty("type").GetString().Should().Be("/problems/rules/ReceiptMustBePresentedOrDeclaredLost");
        var neither = await world.Clerk.PostAsJsonAsync($"/api/v1/repair-cards/{card.Id}/close", new { signature }, Json);
        await ProblemAsync(neither, HttpStatusCode.UnprocessableEntity);
        var past = await world.Clerk.PostAsJsonAsync($"/api/v1/repair-cards/{card.Id}/close", new { signature = new { signerName = "Lin", signedAt = "2001-01-01T10:00:00+08:00" }, lostReceiptReason = "lost" }, Json);
        (await ProblemAsync(past, HttpStatusCode.UnprocessableEntity)).GetProperty("type").GetString().Should().Be("/problems/rules/ClaimedTimeCannotPrecedeThePreviousStep");
        (await Db.CountAsync($"SELECT count(*) FROM product_movements WHERE call_id = '{intake.Call.Id}' AND direction = 'Out'")).Should().Be(0);

        var returned = await ReadAsAsync<ReturnDto>(await world.Clerk.PostAsJsonAsync($"/api/v1/repair-cards/{card.Id}/close", new { signature, lostReceiptReason = "Customer lost it; identified by ID card" }, Json), HttpStatusCode.OK);
        returned.PickupReceipt.IsVoid.Should().BeTrue();
        returned.PickupReceipt.LostReason.Should().Be("Customer lost it; identified by ID card");
        returned.RepairCard.ReturnSignature!.RecordedAt.Should().NotBeNull();
    }

    private static async Task Expect(Task<HttpResponseMessage> call, HttpStatusCode expected) => await ExpectAsync(call, expected);
}
