using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Support;
using AfterSales.Application.Archiving;
using AfterSales.Application.Calls;
using AfterSales.Application.Complaints;
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

        first.Records.Select(r => (r.Type, r.Number)).Should().BeEquivalentTo(new[]
        {
            ("Call", cancelled.Number), ("Call", freeIntake.Call.Number), ("PickupReceipt", freeIntake.PickupReceipt.Number), ("RepairCard", freeIntake.RepairCard.Number),
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

        batch.Records.Select(r => (r.Type, r.Number)).Should().BeEquivalentTo(new[]
        {
            ("Call", repaired.Number), ("PickupReceipt", intake.PickupReceipt.Number), ("RepairCard", intake.RepairCard.Number),
        });
        batch.Records.Should().NotContain(r => r.Id == open.Id, "a call still open is not archived");
        batch.HeldBack.Should().ContainSingle(h => h.Id == complainedOf.Id);
        batch.Counts.Should().Contain(new ArchivedCountDto("Call", 1));

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
