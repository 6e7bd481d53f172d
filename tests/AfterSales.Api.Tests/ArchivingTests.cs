using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Support;
using AfterSales.Application.Archiving;
using AfterSales.Application.Calls;
using AfterSales.Application.Complaints;
using AfterSales.Domain.Archiving;
using AfterSales.Domain.Common;
using UglyToad.PdfPig;
using static AfterSales.Api.Tests.Support.ServiceUnitWorld;

namespace AfterSales.Api.Tests;

/// <summary>
/// A1: a unit's closed calls are archived in a batch with their receipts and cards, and the archive list
/// (歸檔表) says what went and what was held back and why; an archived record refuses every command and
/// is still read and found as before.
/// </summary>
public class ArchivingTests : ApiTest
{
    [Test]
    public async Task A1_closed_calls_go_to_the_archive_with_their_receipts_and_cards_and_then_refuse_every_command_but_are_still_read()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var serviceDepartment = await ClientAsAsync(Role.ServiceDepartment);
        using var world = await CreateAsync(admin, "TPE");
        var intake = await world.InWorkshopAsync(TimeSpan.FromDays(2));
        await world.ReturnAsync(intake);
        var repaired = await ReadAsAsync<CallDto>(await world.Clerk.GetAsync($"/api/v1/calls/{intake.Call.Id}"), HttpStatusCode.OK);
        repaired.Status.Should().Be(AfterSales.Domain.Calls.CallStatus.Closed, "the product went back with the customer");
        var freeIntake = await world.InWorkshopAsync(TimeSpan.FromDays(2), warrantyEndsOn: "2027-12-31");
        await world.ReturnAsync(freeIntake);
        var cancelled = await world.NewCallAsync();
        await ExpectAsync(world.Clerk.PostAsJsonAsync($"/api/v1/calls/{cancelled.Id}/cancel", new { reason = "Customer fixed it" }, Json), HttpStatusCode.OK);
        var complainedOf = await world.NewCallAsync();
        await ExpectAsync(world.Clerk.PostAsJsonAsync($"/api/v1/calls/{complainedOf.Id}/cancel", new { reason = "Duplicate" }, Json), HttpStatusCode.OK);
        var complaint = await ReadAsAsync<ComplaintDto>(await serviceDepartment.PostAsJsonAsync("/api/v1/complaints",
            new { source = "Telephone", callId = complainedOf.Id, words = "Nobody came." }, Json), HttpStatusCode.Created);
        var open = await world.NewCallAsync();
        var today = LocalToday;

        var first = await ReadAsAsync<ArchiveBatchDto>(await world.Clerk.PostAsJsonAsync("/api/v1/archive-batches", new { unitId = world.Unit.Id, upTo = today }, Json), HttpStatusCode.Created);

        first.Records.Where(r => r.Type == ArchivedRecordType.ProductMovement).Select(r => r.Number).Should().BeEquivalentTo(
            [$"{freeIntake.PickupReceipt.Number} In", $"{freeIntake.PickupReceipt.Number} Out"], "the product's lines in the movement register (004) go with the call");
        first.Records.Where(r => r.Type != ArchivedRecordType.ProductMovement).Select(r => (r.Type, r.Number)).Should().BeEquivalentTo(new[]
        {
            (ArchivedRecordType.Call, cancelled.Number), (ArchivedRecordType.Call, freeIntake.Call.Number), (ArchivedRecordType.PickupReceipt, freeIntake.PickupReceipt.Number), (ArchivedRecordType.RepairCard, freeIntake.RepairCard.Number),
        }, "a free repair owes no invoice and goes with the first batch");
        first.HeldBack.Select(h => (h.Id, h.Reason)).Should().BeEquivalentTo(new[]
        {
            (complainedOf.Id, $"complaint {complaint.Number} is still open"),
            (repaired.Id, "its invoice request is not issued yet"),
        });

        // The repair's invoice is issued: the call goes with the next batch, with its receipt and card.
        var requests = await ReadAsAsync<AfterSales.Application.Common.Paging.Page<AfterSales.Application.Billing.InvoiceRequestDto>>(await world.Accountant.GetAsync("/api/v1/invoice-requests"), HttpStatusCode.OK);
        var request = requests.Items.Single(r => r.CallId == repaired.Id);
        await ExpectAsync(world.Accountant.PostAsJsonAsync($"/api/v1/invoice-requests/{request.Id}/issue", new { invoiceNumber = "AB-12345678" }, Json), HttpStatusCode.OK);
        var batch = await ReadAsAsync<ArchiveBatchDto>(await world.Supervisor.PostAsJsonAsync("/api/v1/archive-batches", new { unitId = world.Unit.Id, upTo = today }, Json), HttpStatusCode.Created);

        batch.Records.Where(r => r.Type != ArchivedRecordType.ProductMovement).Select(r => (r.Type, r.Number)).Should().BeEquivalentTo(new[]
        {
            (ArchivedRecordType.Call, repaired.Number), (ArchivedRecordType.PickupReceipt, intake.PickupReceipt.Number), (ArchivedRecordType.RepairCard, intake.RepairCard.Number),
        });
        batch.Records.Should().NotContain(r => r.Id == open.Id, "a call still open is not archived");
        batch.HeldBack.Should().ContainSingle(h => h.Id == complainedOf.Id);
        batch.Counts.Should().Contain(new ArchivedCountDto(ArchivedRecordType.Call, 1));

        // Every command is refused, by whatever path it loads the record; nothing changes.
        var before = await Db.FingerprintAsync();
        (await RuleAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/calls/{repaired.Id}/arrival/corrections",
            new { arrivedAt = "2026-11-23T10:15:00+08:00", reason = "Typed the wrong quarter" }, Json), HttpStatusCode.Conflict)).Should().Be("/problems/rules/RecordIsArchived");
        (await RuleAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/repair-cards/{freeIntake.RepairCard.Id}/work/1/corrections",
            new { hours = 0.5, reason = "Half an hour" }, Json), HttpStatusCode.Conflict)).Should().Be("/problems/rules/RecordIsArchived", "a free repair's hours could be corrected, were it not archived");
        (await Db.FingerprintAsync()).Should().Be(before);

        // Still read and found: by id, by number, in the register of its day.
        (await ReadAsAsync<CallDto>(await world.Clerk.GetAsync($"/api/v1/calls/{repaired.Id}"), HttpStatusCode.OK)).Number.Should().Be(repaired.Number);
        await ExpectAsync(world.Clerk.GetAsync($"/api/v1/pickup-receipts/{Uri.EscapeDataString(intake.PickupReceipt.Number)}"), HttpStatusCode.OK);
        await ExpectAsync(world.Clerk.GetAsync($"/api/v1/repair-cards/{intake.RepairCard.Id}"), HttpStatusCode.OK);

        // A later batch finds nothing new, and still holds back the call under complaint.
        var again = await ReadAsAsync<ArchiveBatchDto>(await world.Supervisor.PostAsJsonAsync("/api/v1/archive-batches", new { unitId = world.Unit.Id, upTo = today }, Json), HttpStatusCode.Created);
        again.Records.Should().BeEmpty();
        again.HeldBack.Should().ContainSingle(h => h.Id == complainedOf.Id);

        var pdf = await world.Clerk.GetAsync($"/api/v1/archive-batches/{batch.Id}/print");
        pdf.StatusCode.Should().Be(HttpStatusCode.OK);
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        text.Should().Contain("歸檔表").And.Contain(repaired.Number).And.Contain(intake.RepairCard.Number).And.Contain(complainedOf.Number).And.Contain("接收人");
    }

    [Test]
    public async Task A1_reviewed_006_checked_007_finished_survey_cards_closed_complaints_and_settled_notices_are_archived_too()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var serviceDepartment = await ClientAsAsync(Role.ServiceDepartment);
        using var world = await CreateAsync(admin, "TPE");
        const string monday = "2026-11-23";

        // 006 reviewed and 007 checked (a center's chain ends at the service department's check).
        await ExpectAsync(world.Technician.PostAsJsonAsync($"/api/v1/technicians/{world.TechnicianId}/admin-work", new { date = monday, category = "Inspection", hours = 2, note = "Tools" }, Json), HttpStatusCode.Created);
        await ExpectAsync(world.Technician.PostAsJsonAsync("/api/v1/reports/technician-daily/submit", new { date = monday }, Json), HttpStatusCode.OK);
        await ExpectAsync(world.Supervisor.PostAsJsonAsync("/api/v1/reports/technician-daily/review", new { technicianId = world.TechnicianId, date = monday }, Json), HttpStatusCode.OK);
        await ExpectAsync(world.Supervisor.PostAsJsonAsync("/api/v1/reports/supervisor-daily/submit", new
        {
            date = monday,
            missingReasons = new[] { new { technicianId = world.OtherTechnicianId, reason = "Sick leave" } },
        }, Json), HttpStatusCode.OK);
        await ExpectAsync(serviceDepartment.PostAsJsonAsync("/api/v1/reports/supervisor-daily/check", new { unitId = world.Unit.Id, date = monday }, Json), HttpStatusCode.OK);

        // A survey card answered; a complaint closed; a contract's expiry notice declined.
        var (cardCall, card) = await world.SentCardOfYesterdaysCancelledCallAsync(serviceDepartment);
        await ExpectAsync(serviceDepartment.PostAsJsonAsync($"/api/v1/survey-cards/{card.Id}/response",
            new { attitude = "NotAnswered", technicalSkill = "NotAnswered", arrivalTime = "NotAnswered", followThrough = "NotAnswered", suggestion = "Call before coming." }, Json), HttpStatusCode.OK);
        var open = await world.NewCallAsync();
        var now = ApiTestRun.Api.Clock.GetUtcNow();
        var complaint = await ReadAsAsync<ComplaintDto>(await world.Clerk.PostAsJsonAsync("/api/v1/complaints", new { source = "Telephone", callId = open.Id, words = "Late again." }, Json), HttpStatusCode.Created);
        await ExpectAsync(serviceDepartment.PostAsJsonAsync($"/api/v1/complaints/{complaint.Id}/triage", new { severity = "General" }, Json), HttpStatusCode.OK);
        await ExpectAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/complaints/{complaint.Id}/visit", new { visitedAt = now, notes = "Apologised.", customerRefused = false }, Json), HttpStatusCode.OK);
        await ExpectAsync(serviceDepartment.PostAsJsonAsync($"/api/v1/complaints/{complaint.Id}/reply", new { channel = "Letter", content = "Apologies.", repliedAt = now }, Json), HttpStatusCode.OK);
        await ExpectAsync(serviceDepartment.PostAsJsonAsync($"/api/v1/complaints/{complaint.Id}/close", new { serviceFault = false, actions = "Explained the waiting list." }, Json), HttpStatusCode.OK);
        var (customer, certificate) = await world.CustomerWithProductAsync();
        var today = DateOnly.Parse(LocalToday, System.Globalization.CultureInfo.InvariantCulture);
        var contract = await ReadAsAsync<AfterSales.Application.Contracts.ContractDto>(await world.Clerk.PostAsJsonAsync("/api/v1/contracts", new
        {
            customerId = customer.Id,
            certificateIds = new[] { certificate.Id },
            startsOn = today.AddMonths(-11),
            endsOn = today.AddDays(10),
            fee = new { amount = 4800, currency = "TWD" },
        }, Json), HttpStatusCode.Created);
        var notice = (await ReadAsAsync<AfterSales.Application.Common.Paging.Page<AfterSales.Application.Contracts.ExpiryNoticeDto>>(await world.Clerk.GetAsync("/api/v1/contract-expiry-notices"), HttpStatusCode.OK)).Items
            .Single(n => n.ContractId == contract.Id);
        await ExpectAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/contract-expiry-notices/{notice.Id}/outcome", new { outcome = "Declined", reason = "Moving abroad" }, Json), HttpStatusCode.OK);

        var batch = await ReadAsAsync<ArchiveBatchDto>(await world.Clerk.PostAsJsonAsync("/api/v1/archive-batches", new { unitId = world.Unit.Id, upTo = today }, Json), HttpStatusCode.Created);

        batch.Records.Select(r => (r.Type, r.Id)).Should().Contain(new[]
        {
            (ArchivedRecordType.Call, cardCall.Id),
            (ArchivedRecordType.SurveyCard, card.Id),
            (ArchivedRecordType.Complaint, complaint.Id),
            (ArchivedRecordType.ContractExpiryNotice, notice.Id),
        });
        batch.Records.Should().ContainSingle(r => r.Type == ArchivedRecordType.TechnicianDailyReport).Which.Number.Should().StartWith(monday);
        batch.Records.Should().ContainSingle(r => r.Type == ArchivedRecordType.SupervisorDailyReport).Which.Number.Should().Be(monday);
        batch.Records.Should().NotContain(r => r.Id == open.Id, "the call itself is still open");
        batch.Counts.Select(c => c.Type).Should().Contain([ArchivedRecordType.SurveyCard, ArchivedRecordType.Complaint, ArchivedRecordType.TechnicianDailyReport]);

        // Each refuses what it would otherwise allow; each is still read.
        var before = await Db.FingerprintAsync();
        (await RuleAsync(serviceDepartment.PostAsJsonAsync($"/api/v1/complaints/{complaint.Id}/reopen", new { reason = "Customer called again" }, Json), HttpStatusCode.Conflict))
            .Should().Be("/problems/rules/RecordIsArchived");
        (await RuleAsync(serviceDepartment.PostAsJsonAsync($"/api/v1/survey-cards/{card.Id}/response/corrections",
            new { attitude = "NotAnswered", technicalSkill = "NotAnswered", arrivalTime = "NotAnswered", followThrough = "NotAnswered", suggestion = "Call the day before.", reason = "Misread the card" }, Json), HttpStatusCode.Conflict))
            .Should().Be("/problems/rules/RecordIsArchived");
        (await Db.FingerprintAsync()).Should().Be(before);
        await ExpectAsync(serviceDepartment.GetAsync($"/api/v1/complaints/{complaint.Id}"), HttpStatusCode.OK);
        (await ReadAsAsync<AfterSales.Application.Common.Paging.Page<AfterSales.Application.Surveys.SurveyCardDto>>(
            await serviceDepartment.GetAsync($"/api/v1/survey-cards?unitId={world.Unit.Id}&date={Yesterday}"), HttpStatusCode.OK)).Items.Should().Contain(c => c.Id == card.Id);
        await ExpectAsync(world.Supervisor.GetAsync($"/api/v1/reports/technician-daily?technicianId={world.TechnicianId}&date={monday}"), HttpStatusCode.OK);
    }

    [Test]
    public async Task A1_an_archive_batch_is_its_units_own()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        using var other = await CreateAsync(admin, "TXG");
        var batch = await ReadAsAsync<ArchiveBatchDto>(await world.Clerk.PostAsJsonAsync("/api/v1/archive-batches", new { unitId = world.Unit.Id, upTo = "2026-11-20" }, Json), HttpStatusCode.Created);

        await ProblemAsync(await other.Clerk.GetAsync($"/api/v1/archive-batches/{batch.Id}"), HttpStatusCode.NotFound);
        await ProblemAsync(await other.Clerk.PostAsJsonAsync("/api/v1/archive-batches", new { unitId = world.Unit.Id, upTo = "2026-11-20" }, Json), HttpStatusCode.NotFound);
        await ExpectAsync(world.Technician.PostAsJsonAsync("/api/v1/archive-batches", new { unitId = world.Unit.Id, upTo = "2026-11-20" }, Json), HttpStatusCode.Forbidden);
    }
}
