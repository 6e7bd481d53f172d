using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Support;
using AfterSales.Application.Calls;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Customers;
using AfterSales.Application.Customers.Queries.GetCustomer;
using AfterSales.Application.Reports;
using AfterSales.Domain.Common;
using static AfterSales.Api.Tests.Support.ServiceUnitWorld;

namespace AfterSales.Api.Tests;

/// <summary>
/// A3: a mistaken entry (an arrival time, hours of work, an admin-work entry, a customer's address) is
/// corrected by a new entry that points at it, with a reason and who made it; reads and reports use the
/// corrected value and show that it was corrected; the original stays readable; a refused correction
/// changes nothing.
/// </summary>
public class CorrectionTests : ApiTest
{
    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(ApiTestRun.Api.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Taipei")).DateTime);

    [Test]
    public async Task A3_a_corrected_arrival_is_judged_again_counted_so_in_K1_and_the_time_first_told_stays_readable()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var arrived = await world.ArrivedCallAsync();
        var firstTold = arrived.ArrivedAt!.Value;
        arrived.DeadlineMet.Should().BeTrue("as first told, the technician came on the Monday morning");
        (await OnTimeAsync(world)).Should().Be((1, 1));
        var corrected = DateTimeOffset.Parse("2026-11-25T16:00:00+08:00", CultureInfo.InvariantCulture);

        var call = await ReadAsAsync<CallDto>(await world.Supervisor.PostAsJsonAsync($"/api/v1/calls/{arrived.Id}/arrival/corrections",
            new { arrivedAt = corrected, reason = "Typed the day of the report, not of the visit" }, Json), HttpStatusCode.OK);

        call.ArrivedAt.Should().Be(corrected);
        call.DeadlineMet.Should().BeFalse("R19 is judged again on the corrected time, two days later");
        call.DeadlineMissedByHours.Should().BePositive();
        var correction = call.Corrections.Should().ContainSingle().Subject;
        (correction.Field, DateTimeOffset.Parse(correction.Was, CultureInfo.InvariantCulture), correction.Reason).Should()
            .Be(("arrivedAt", firstTold, "Typed the day of the report, not of the visit"));
        (await OnTimeAsync(world)).Should().Be((0, 1), "K1 counts the call as reached late now");
        var read = await ReadAsAsync<CallDto>(await world.Clerk.GetAsync($"/api/v1/calls/{arrived.Id}"), HttpStatusCode.OK);
        read.Corrections.Should().ContainSingle();
        read.Timeline!.Should().Contain(h => h.Kind == ServiceEventKind.ArrivalCorrected);
        var (kept, recounted) = await Db.KpiCountsAsync();
        kept.Should().Be(recounted, "K1's daily counts follow the corrected arrival");
    }

    private static async Task<(int Numerator, int Denominator)> OnTimeAsync(ServiceUnitWorld world)
    {
        var kpi = await world.Supervisor.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/reports/kpi?unitId={world.Unit.Id}&from=2026-11-20&to=2026-11-20", Json);
        var onTime = kpi.GetProperty("total").GetProperty("onTime");
        return (onTime.GetProperty("numerator").GetInt32(), onTime.GetProperty("denominator").GetInt32());
    }

    [Test]
    public async Task A3_an_arrival_correction_is_refused_without_a_reason_without_a_change_before_arrival_and_by_the_technician()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var arrived = await world.ArrivedCallAsync();
        var waiting = await world.NewCallAsync();
        var before = await Db.FingerprintAsync();

        await ProblemAsync(await world.Supervisor.PostAsJsonAsync($"/api/v1/calls/{arrived.Id}/arrival/corrections", new { arrivedAt = arrived.ArrivedAt, reason = "" }, Json), HttpStatusCode.BadRequest);
        (await RuleAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/calls/{arrived.Id}/arrival/corrections", new { arrivedAt = arrived.ArrivedAt, reason = "Checked" }, Json), HttpStatusCode.UnprocessableEntity))
            .Should().Be("/problems/rules/CorrectionMustChangeSomething");
        (await RuleAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/calls/{waiting.Id}/arrival/corrections", new { arrivedAt = "2026-11-21T10:00:00+08:00", reason = "Mistake" }, Json), HttpStatusCode.Conflict))
            .Should().Be("/problems/rules/ArrivalMustBeRecorded");
        await ExpectAsync(world.Technician.PostAsJsonAsync($"/api/v1/calls/{arrived.Id}/arrival/corrections", new { arrivedAt = "2026-11-21T10:00:00+08:00", reason = "Mistake" }, Json), HttpStatusCode.Forbidden);
        (await Db.FingerprintAsync()).Should().Be(before);
    }

    [Test]
    public async Task A3_corrected_work_hours_are_what_the_days_report_counts_and_hours_on_a_fee_stand()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var (customer, certificate) = await world.CustomerWithProductAsync(warrantyEndsOn: "2027-12-31");
        var free = await world.RegisterCallAsync(customer.Id, certificate.Id);
        await ExpectAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/calls/{free.Id}/dispatch", new { technicianId = world.TechnicianId, dispatchedAt = "2026-11-21T09:00:00+08:00" }, Json), HttpStatusCode.OK);
        await ExpectAsync(world.Technician.PostAsJsonAsync($"/api/v1/calls/{free.Id}/arrival", new { arrivedAt = "2026-11-23T10:00:00+08:00" }, Json), HttpStatusCode.OK);
        await ExpectAsync(world.Technician.PostAsJsonAsync($"/api/v1/calls/{free.Id}/complete-on-site", new
        {
            workHours = 4,
            parts = Array.Empty<object>(),
            signature = new { signerName = "Lin", signedAt = "2026-11-23T12:00:00+08:00" },
            collectedOnSite = false,
        }, Json), HttpStatusCode.OK);

        var call = await ReadAsAsync<CallDto>(await world.Supervisor.PostAsJsonAsync($"/api/v1/calls/{free.Id}/work-hours/corrections", new { workHours = 1.5, reason = "4 was the travel and the work together" }, Json), HttpStatusCode.OK);

        call.WorkHours.Should().Be(1.5m);
        call.Corrections.Should().ContainSingle(c => c.Field == "workHours" && c.Was == "4" && c.Now == "1.5");
        var report = await ReadAsAsync<TechnicianDailyReportDto>(await world.Supervisor.GetAsync($"/api/v1/reports/technician-daily?technicianId={world.TechnicianId}&date={Iso(Today)}"), HttpStatusCode.OK);
        report.Day.FreeHours.Should().Be(1.5m, "the day's report reads the corrected hours");

        var paid = await world.FinishedOnSiteYesterdayAsync(world.TechnicianId, world.Technician, "10:00", 2m);
        (await RuleAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/calls/{paid}/work-hours/corrections", new { workHours = 1, reason = "Mistake" }, Json), HttpStatusCode.Conflict))
            .Should().Be("/problems/rules/BilledHoursStand");
    }

    [Test]
    public async Task A3_a_corrected_repair_work_entry_is_what_the_card_and_the_days_report_count_and_a_charged_paid_repair_stands()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var intake = await world.InWorkshopAsync(TimeSpan.FromDays(2));
        var cardId = intake.RepairCard.Id;
        await ExpectAsync(world.Technician.PostAsJsonAsync($"/api/v1/repair-cards/{cardId}/work", new { hours = 1, description = "Opened the casing", repairFinished = false }, Json), HttpStatusCode.OK);
        await ExpectAsync(world.Technician.PostAsJsonAsync($"/api/v1/repair-cards/{cardId}/work", new { hours = 2, description = "Replaced the relay", repairFinished = false }, Json), HttpStatusCode.OK);

        var card = await ReadAsAsync<AfterSales.Application.RepairCards.RepairCardDto>(await world.Supervisor.PostAsJsonAsync($"/api/v1/repair-cards/{cardId}/work/2/corrections",
            new { hours = 0.5, reason = "The relay took half an hour" }, Json), HttpStatusCode.OK);

        card.Work.Select(w => w.Hours).Should().Equal(1m, 0.5m);
        card.TotalHours.Should().Be(1.5m);
        card.Corrections.Should().ContainSingle(c => c.Entry == 2 && c.Was == "2" && c.Now == "0.5");
        var report = await ReadAsAsync<TechnicianDailyReportDto>(await world.Supervisor.GetAsync($"/api/v1/reports/technician-daily?technicianId={world.TechnicianId}&date={Iso(Today)}"), HttpStatusCode.OK);
        report.Day.Items.Where(i => i.Source == AfterSales.Domain.Reports.DailyWorkSource.RepairCard).Sum(i => i.Hours).Should().Be(1.5m);
        (await RuleAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/repair-cards/{cardId}/work/3/corrections", new { hours = 1, reason = "x" }, Json), HttpStatusCode.UnprocessableEntity))
            .Should().Be("/problems/rules/WorkEntryMustExist");

        await world.ReturnAsync(intake);
        (await RuleAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/repair-cards/{cardId}/work/1/corrections", new { hours = 3, reason = "x" }, Json), HttpStatusCode.Conflict))
            .Should().Be("/problems/rules/ChargedRepairHoursStand");
    }

    [Test]
    public async Task A3_a_corrected_part_is_what_the_record_reads_and_the_ledger_gets_a_line_of_the_difference_while_charged_parts_stand()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var price = new { amount = 180.5m, currency = "TWD" };

        // On a repair card: two relays written, one used.
        var intake = await world.InWorkshopAsync(TimeSpan.FromDays(2));
        var cardId = intake.RepairCard.Id;
        await ExpectAsync(world.Technician.PostAsJsonAsync($"/api/v1/repair-cards/{cardId}/parts", new { partNumber = "RLY-220", quantity = 2, unitPrice = price }, Json), HttpStatusCode.OK);

        var card = await ReadAsAsync<AfterSales.Application.RepairCards.RepairCardDto>(await world.Supervisor.PostAsJsonAsync($"/api/v1/repair-cards/{cardId}/parts/1/corrections",
            new { quantity = 1, reason = "The second relay went back to stock" }, Json), HttpStatusCode.OK);

        card.Parts.Single().Part.Quantity.Should().Be(1m);
        card.Corrections.Should().ContainSingle(c => c.Field == "parts.quantity" && c.Entry == 1 && c.Was == "2" && c.Now == "1");
        var ledger = (await ReadAsAsync<Page<AfterSales.Application.Billing.PartUsageDto>>(await world.Accountant.GetAsync("/api/v1/parts-usage"), HttpStatusCode.OK)).Items
            .Where(p => p.RepairCardId == cardId).ToList();
        ledger.Should().HaveCount(2, "the first line stays and a line of the difference follows it");
        var first = ledger.Single(p => p.CorrectionOf is null);
        first.Quantity.Should().Be(2m);
        ledger.Single(p => p.CorrectionOf == first.Id).Should().BeEquivalentTo(new { Quantity = -1m, CorrectionReason = "The second relay went back to stock", PartNumber = "RLY-220" });
        ledger.Sum(p => p.Quantity).Should().Be(1m, "the ledger sums to the corrected quantity");
        (await RuleAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/repair-cards/{cardId}/parts/2/corrections", new { quantity = 1, reason = "x" }, Json), HttpStatusCode.UnprocessableEntity))
            .Should().Be("/problems/rules/PartEntryMustExist");
        (await RuleAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/repair-cards/{cardId}/parts/1/corrections", new { quantity = 1, reason = "Again" }, Json), HttpStatusCode.UnprocessableEntity))
            .Should().Be("/problems/rules/CorrectionMustChangeSomething");
        await ExpectAsync(world.Technician.PostAsJsonAsync($"/api/v1/repair-cards/{cardId}/parts/1/corrections", new { quantity = 0, reason = "x" }, Json), HttpStatusCode.Forbidden);

        // Paid and returned: the relay was charged on the invoice request; the card's parts stand.
        await world.ReturnAsync(intake);
        (await RuleAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/repair-cards/{cardId}/parts/1/corrections", new { quantity = 0, reason = "Never used" }, Json), HttpStatusCode.Conflict))
            .Should().Be("/problems/rules/ChargedPartsStand");

        // On site under warranty: nothing was charged, the part is corrected to none.
        var (customer, certificate) = await world.CustomerWithProductAsync(warrantyEndsOn: "2027-12-31");
        var free = await world.RegisterCallAsync(customer.Id, certificate.Id);
        await ExpectAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/calls/{free.Id}/dispatch", new { technicianId = world.TechnicianId, dispatchedAt = "2026-11-21T09:00:00+08:00" }, Json), HttpStatusCode.OK);
        await ExpectAsync(world.Technician.PostAsJsonAsync($"/api/v1/calls/{free.Id}/arrival", new { arrivedAt = "2026-11-23T10:00:00+08:00" }, Json), HttpStatusCode.OK);
        await ExpectAsync(world.Technician.PostAsJsonAsync($"/api/v1/calls/{free.Id}/complete-on-site", new
        {
            workHours = 1,
            parts = new[] { new { partNumber = "FUSE-5A", quantity = 3, unitPrice = price } },
            signature = new { signerName = "Lin", signedAt = "2026-11-23T12:00:00+08:00" },
            collectedOnSite = false,
        }, Json), HttpStatusCode.OK);

        var call = await ReadAsAsync<CallDto>(await world.Supervisor.PostAsJsonAsync($"/api/v1/calls/{free.Id}/parts/1/corrections", new { quantity = 0, reason = "The fuse was not changed after all" }, Json), HttpStatusCode.OK);

        call.Parts.Single().Quantity.Should().Be(0m);
        call.Corrections.Should().ContainSingle(c => c.Field == "parts.quantity" && c.Was == "3" && c.Now == "0");
        (await ReadAsAsync<Page<AfterSales.Application.Billing.PartUsageDto>>(await world.Accountant.GetAsync("/api/v1/parts-usage"), HttpStatusCode.OK)).Items
            .Where(p => p.CallId == free.Id).Sum(p => p.Quantity).Should().Be(0m);
    }

    [Test]
    public async Task A3_a_corrected_admin_work_entry_counts_in_its_day_and_the_submitted_report_reads_as_changed_since()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var day = new DateOnly(2026, 11, 20);
        var work = await ReadAsAsync<AdminWorkDto>(await world.Technician.PostAsJsonAsync($"/api/v1/technicians/{world.TechnicianId}/admin-work",
            new { date = Iso(day), category = "Training", hours = 2, note = "Safety course" }, Json), HttpStatusCode.Created);
        await ExpectAsync(world.Technician.PostAsJsonAsync("/api/v1/reports/technician-daily/submit", new { technicianId = world.TechnicianId, date = Iso(day) }, Json), HttpStatusCode.OK);

        var corrected = await ReadAsAsync<AdminWorkDto>(await world.Supervisor.PostAsJsonAsync($"/api/v1/admin-work/{work.Id}/corrections",
            new { hours = 3, category = "PartsManagement", reason = "Stocktaking, not the course" }, Json), HttpStatusCode.OK);

        (corrected.Hours, corrected.Category).Should().Be((3m, AfterSales.Domain.Reports.AdminWorkCategory.PartsManagement));
        corrected.Corrections.Select(c => (c.Field, c.Was, c.Now)).Should().Equal(("hours", "2", "3"), ("category", "Training", "PartsManagement"));
        var report = await ReadAsAsync<TechnicianDailyReportDto>(await world.Supervisor.GetAsync($"/api/v1/reports/technician-daily?technicianId={world.TechnicianId}&date={Iso(day)}"), HttpStatusCode.OK);
        report.Stale.Should().BeTrue("the submitted version still says 2 hours");
        report.Live!.AdminHours.Should().Be(3m);
        (await RuleAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/admin-work/{work.Id}/corrections", new { hours = 25, category = "Training", reason = "x" }, Json), HttpStatusCode.BadRequest))
            .Should().NotBeNull();
    }

    [Test]
    public async Task A3_a_corrected_address_is_the_customers_while_calls_already_registered_keep_theirs()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var call = await world.NewCallAsync();

        var customer = await ReadAsAsync<CustomerDto>(await world.Clerk.PostAsJsonAsync($"/api/v1/customers/{call.CustomerId}/corrections",
            new { address = "88 Zhongshan N. Rd, Taipei", reason = "House number misheard" }, Json), HttpStatusCode.OK);

        customer.Address.Should().Be("88 Zhongshan N. Rd, Taipei");
        customer.Corrections.Should().ContainSingle(c => c.Field == "address" && c.Was == "12 Zhongshan N. Rd, Taipei" && c.Reason == "House number misheard");
        (await ReadAsAsync<CustomerWithCertificatesDto>(await world.Clerk.GetAsync($"/api/v1/customers/{call.CustomerId}"), HttpStatusCode.OK)).Customer.Corrections.Should().ContainSingle();
        (await ReadAsAsync<CallDto>(await world.Clerk.GetAsync($"/api/v1/calls/{call.Id}"), HttpStatusCode.OK)).Address.Should().Be("12 Zhongshan N. Rd, Taipei");

        var before = await Db.FingerprintAsync();
        (await RuleAsync(world.Clerk.PostAsJsonAsync($"/api/v1/customers/{call.CustomerId}/corrections", new { address = "88 Zhongshan N. Rd, Taipei", reason = "Again" }, Json), HttpStatusCode.UnprocessableEntity))
            .Should().Be("/problems/rules/CorrectionMustChangeSomething");
        await ProblemAsync(await world.Clerk.PostAsJsonAsync($"/api/v1/customers/{call.CustomerId}/corrections", new { reason = "Nothing given" }, Json), HttpStatusCode.BadRequest);
        (await Db.FingerprintAsync()).Should().Be(before);
    }
}
