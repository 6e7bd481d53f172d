using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Support;
using AfterSales.Application.Calls;
using AfterSales.Application.Calls.Commands.TakeToWorkshop;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Customers;
using AfterSales.Application.Registers.Queries.GetProductMovements;
using AfterSales.Application.RepairCards;
using AfterSales.Application.RepairCards.Commands.CloseRepairCard;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Common;
using AfterSales.Domain.Workshop;
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

        var dispatched = await ReadAsAsync<CallDto>(await world.Supervisor.PostAsJsonAsync($"/api/v1/calls/{call.Id}/dispatch", new { technicianId = world.TechnicianId }, Json), HttpStatusCode.OK);
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

        var intake = await ReadAsAsync<WorkshopIntakeDto>(await world.Technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/take-to-workshop", new
        {
            promisedCompletionAt = now.AddHours(4),
            signature = new { signerName = "Lin Mei-hua", signedAt = "2026-11-23T10:30:00+08:00" },
        }, Json), HttpStatusCode.OK);
        intake.Call.Status.Should().Be(CallStatus.InWorkshop);
        intake.PickupReceipt.Number.Should().MatchRegex(@"^TPE-R\d{4}-\d{6}$");
        intake.PickupReceipt.IsVoid.Should().BeFalse();
        intake.RepairCard.Number.Should().MatchRegex(@"^TPE-K\d{4}-\d{6}$");
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

        var returned = await ReadAsAsync<ReturnDto>(await world.Clerk.PostAsJsonAsync($"/api/v1/repair-cards/{card.Id}/close", new
        {
            signature = new { signerName = "Lin Mei-hua", signedAt = now },
        }, Json), HttpStatusCode.OK);
        returned.RepairCard.Status.Should().Be(RepairCardStatus.Closed);
        returned.PickupReceipt.IsVoid.Should().BeTrue();
        returned.Call.Status.Should().Be(CallStatus.Closed);

        var receipt = await ReadAsAsync<PickupReceiptDto>(await world.Clerk.GetAsync($"/api/v1/pickup-receipts/{intake.PickupReceipt.Number}"), HttpStatusCode.OK);
        receipt.IsVoid.Should().BeTrue();

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById("Asia/Taipei")).DateTime);
        var register = await ReadAsAsync<Page<ProductMovementDto>>(await world.Clerk.GetAsync($"/api/v1/registers/product-movements?date={today:yyyy-MM-dd}"), HttpStatusCode.OK);
        register.Items.Select(m => m.Direction).Should().Equal(MovementDirection.In, MovementDirection.Out);
        register.Items.Should().OnlyContain(m => m.ReceiptNumber == intake.PickupReceipt.Number);

        var history = await ReadAsAsync<CertificateDto>(await world.Clerk.GetAsync($"/api/v1/certificates/{call.CertificateId}"), HttpStatusCode.OK);
        history.History.Select(h => h.Kind).Should().ContainInOrder(
            ServiceEventKind.CallRegistered,
            ServiceEventKind.TakenToWorkshop,
            ServiceEventKind.PickupReceiptIssued,
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
    public async Task R14_card_past_its_promised_time_and_not_repaired_shows_as_escalated()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var intake = await world.InWorkshopAsync(TimeSpan.FromHours(1));

        (await ReadAsAsync<Page<RepairCardDto>>(await world.Supervisor.GetAsync("/api/v1/repair-cards?overdue=true"), HttpStatusCode.OK)).Items.Should().BeEmpty();

        ApiTestRun.Api.Clock.Advance(TimeSpan.FromHours(2));

        var overdue = await ReadAsAsync<Page<RepairCardDto>>(await world.Supervisor.GetAsync("/api/v1/repair-cards?overdue=true"), HttpStatusCode.OK);
        overdue.Items.Should().ContainSingle().Which.Id.Should().Be(intake.RepairCard.Id);
        overdue.Items[0].EscalatedToSupervisor.Should().BeTrue();
    }

    private static async Task Expect(Task<HttpResponseMessage> call, HttpStatusCode expected) => await ExpectAsync(call, expected);
}
