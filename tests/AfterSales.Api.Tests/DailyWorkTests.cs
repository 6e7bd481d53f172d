using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Support;
using AfterSales.Application.Calls;
using AfterSales.Application.Registers.Commands.SendCallRegister;
using AfterSales.Application.Reports;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Common;
using AfterSales.Domain.Reports;
using static AfterSales.Api.Tests.Support.ServiceUnitWorld;

namespace AfterSales.Api.Tests;

/// <summary>
/// A technician's day (R6 d admin work, form 006 under R15) as the records make it, its submission,
/// review and return, and the day's register sent to the service department (R24).
/// </summary>
public class DailyWorkTests : ApiTest
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(ApiTestRun.Api.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Taipei")).DateTime);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Task<HttpResponseMessage> AdminWorkAsync(HttpClient client, Guid technicianId, DateOnly date, decimal hours, string category = "Training") =>
        client.PostAsJsonAsync($"/api/v1/technicians/{technicianId}/admin-work", new { date = Iso(date), category, hours, note = "Safety course" }, Json);

    private static async Task<TechnicianDailyReportDto> ReportAsync(HttpClient client, Guid technicianId, DateOnly date) =>
        await ReadAsAsync<TechnicianDailyReportDto>(await client.GetAsync($"/api/v1/reports/technician-daily?technicianId={technicianId}&date={Iso(date)}"), HttpStatusCode.OK);


    [Test]
    public async Task R6d_admin_work_counts_as_type_d_and_a_day_never_exceeds_24_hours()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var day = new DateOnly(2026, 11, 20);

        await ExpectAsync(AdminWorkAsync(world.Technician, world.TechnicianId, day, 3), HttpStatusCode.Created);
        await ExpectAsync(AdminWorkAsync(world.Supervisor, world.TechnicianId, day, 2, "PartsManagement"), HttpStatusCode.Created);
        var before = await Db.FingerprintAsync();

        var refused = await ProblemAsync(await AdminWorkAsync(world.Technician, world.TechnicianId, day, 20), HttpStatusCode.UnprocessableEntity);
        refused.GetProperty("type").GetString().Should().Be("/problems/rules/DayHoursCannotExceed24");
        refused.GetProperty("detail").GetString().Should().Contain("already has 5");
        (await Db.FingerprintAsync()).Should().Be(before);
        await ExpectAsync(AdminWorkAsync(world.OtherTechnician, world.TechnicianId, day, 1), HttpStatusCode.Forbidden);

        var report = await ReportAsync(world.Technician, world.TechnicianId, day);
        report.Day.AdminHours.Should().Be(5m);
        report.Day.TotalHours.Should().Be(5m);
        report.Day.Items.Select(i => (i.Source, i.Reference)).Should().Equal((DailyWorkSource.AdminWork, "Training"), (DailyWorkSource.AdminWork, "PartsManagement"));
    }

    [Test]
    public async Task R15_the_day_by_type_comes_from_calls_finished_on_site_repair_card_work_and_admin_work()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var onSite = await world.ArrivedCallAsync();
        var completed = await ReadAsAsync<CallDto>(await world.Technician.PostAsJsonAsync($"/api/v1/calls/{onSite.Id}/complete-on-site", new
        {
            workHours = 1.5m,
            parts = Array.Empty<object>(),
            signature = new { signerName = "Lin", signedAt = "2026-11-23T11:00:00+08:00" },
            collectedOnSite = true,
        }, Json), HttpStatusCode.OK);
        var intake = await world.InWorkshopAsync(TimeSpan.FromDays(2));
        await ExpectAsync(world.Technician.PostAsJsonAsync($"/api/v1/repair-cards/{intake.RepairCard.Id}/work", new { hours = 2, description = "Relay", repairFinished = false }, Json), HttpStatusCode.OK);
        await ExpectAsync(world.OtherTechnician.PostAsJsonAsync($"/api/v1/repair-cards/{intake.RepairCard.Id}/work", new { hours = 4, description = "Compressor", repairFinished = false }, Json), HttpStatusCode.OK);
        await ExpectAsync(AdminWorkAsync(world.Technician, world.TechnicianId, Today, 1, "ToolUpkeep"), HttpStatusCode.Created);

        var report = await ReportAsync(world.Supervisor, world.TechnicianId, Today);

        report.State.Should().Be(DailyReportState.Draft);
        report.Day.PaidHours.Should().Be(3.5m, "1.5 h on site and 2 h on the card, both Paid work");
        report.Day.AdminHours.Should().Be(1m);
        report.Day.TotalHours.Should().Be(4.5m);
        report.Day.Items.Select(i => (i.Type, i.Source, i.Reference, i.Hours)).Should().BeEquivalentTo(new[]
        {
            (ServiceType.Paid, DailyWorkSource.OnSiteCall, completed.Number, 1.5m),
            (ServiceType.Paid, DailyWorkSource.RepairCard, intake.RepairCard.Number, 2m),
            (ServiceType.Admin, DailyWorkSource.AdminWork, "ToolUpkeep", 1m),
        });
        (await ReportAsync(world.OtherTechnician, world.OtherTechnicianId, Today)).Day.TotalHours.Should().Be(4m);
        await ExpectAsync(world.OtherTechnician.GetAsync($"/api/v1/reports/technician-daily?technicianId={world.TechnicianId}&date={Iso(Today)}"), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task R15_submitting_freezes_the_day_the_supervisor_returns_it_and_the_corrected_day_is_a_new_version()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var day = new DateOnly(2026, 11, 20);
        await ExpectAsync(AdminWorkAsync(world.Technician, world.TechnicianId, day, 3), HttpStatusCode.Created);

        var submitted = await ReadAsAsync<TechnicianDailyReportDto>(await world.Technician.PostAsJsonAsync("/api/v1/reports/technician-daily/submit", new { date = Iso(day) }, Json), HttpStatusCode.OK);
        submitted.State.Should().Be(DailyReportState.Submitted);
        submitted.Versions.Should().ContainSingle().Which.Hash.Should().Be(submitted.Day.Hash);
        (await RuleAsync(AdminWorkAsync(world.Technician, world.TechnicianId, day, 1), HttpStatusCode.Conflict)).Should().Be("/problems/rules/DayIsOpenForWork");
        (await RuleAsync(world.Technician.PostAsJsonAsync("/api/v1/reports/technician-daily/submit", new { date = Iso(day) }, Json), HttpStatusCode.Conflict))
            .Should().Be("/problems/rules/ReportIsOpenForSubmission");
        await ExpectAsync(world.Technician.PostAsJsonAsync("/api/v1/reports/technician-daily/review", new { technicianId = world.TechnicianId, date = Iso(day) }, Json), HttpStatusCode.Forbidden);

        var returned = await ReadAsAsync<TechnicianDailyReportDto>(await world.Supervisor.PostAsJsonAsync("/api/v1/reports/technician-daily/return", new
        {
            technicianId = world.TechnicianId,
            date = Iso(day),
            note = "The morning's parts count is missing",
        }, Json), HttpStatusCode.OK);
        returned.State.Should().Be(DailyReportState.Returned);
        returned.Events.Should().ContainSingle().Which.Note.Should().Be("The morning's parts count is missing");

        await ExpectAsync(AdminWorkAsync(world.Technician, world.TechnicianId, day, 1.5m, "PartsManagement"), HttpStatusCode.Created);
        var resubmitted = await ReadAsAsync<TechnicianDailyReportDto>(await world.Technician.PostAsJsonAsync("/api/v1/reports/technician-daily/submit", new { date = Iso(day) }, Json), HttpStatusCode.OK);
        resubmitted.Versions.Select(v => (v.Number, v.TotalHours)).Should().Equal((1, 3m), (2, 4.5m));
        resubmitted.Versions[0].Hash.Should().NotBe(resubmitted.Versions[1].Hash);

        var reviewed = await ReadAsAsync<TechnicianDailyReportDto>(await world.Supervisor.PostAsJsonAsync("/api/v1/reports/technician-daily/review", new { technicianId = world.TechnicianId, date = Iso(day) }, Json), HttpStatusCode.OK);
        reviewed.State.Should().Be(DailyReportState.Reviewed);
        reviewed.Day.TotalHours.Should().Be(4.5m);
        (await RuleAsync(world.Supervisor.PostAsJsonAsync("/api/v1/reports/technician-daily/review", new { technicianId = world.TechnicianId, date = Iso(day) }, Json), HttpStatusCode.Conflict))
            .Should().Be("/problems/rules/ReportMustAwaitReview");
        (await Db.CountAsync("SELECT count(*) FROM technician_daily_reports")).Should().Be(1);
    }

    [Test]
    public async Task R15_records_that_change_after_submission_make_the_report_stale_with_the_live_day_beside_it()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var intake = await world.InWorkshopAsync(TimeSpan.FromDays(2));
        await ExpectAsync(world.Technician.PostAsJsonAsync($"/api/v1/repair-cards/{intake.RepairCard.Id}/work", new { hours = 2, description = "Relay", repairFinished = false }, Json), HttpStatusCode.OK);
        await ExpectAsync(world.Technician.PostAsJsonAsync("/api/v1/reports/technician-daily/submit", new { date = Iso(Today) }, Json), HttpStatusCode.OK);

        await ExpectAsync(world.Technician.PostAsJsonAsync($"/api/v1/repair-cards/{intake.RepairCard.Id}/work", new { hours = 1, description = "Bench test", repairFinished = true }, Json), HttpStatusCode.OK);
        var report = await ReportAsync(world.Supervisor, world.TechnicianId, Today);

        report.Stale.Should().BeTrue();
        report.Day.TotalHours.Should().Be(2m, "the report says what was submitted");
        report.Live!.TotalHours.Should().Be(3m);
    }

    [Test]
    public async Task R15_a_day_without_hours_needs_a_reason_and_a_future_day_cannot_be_reported()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var day = new DateOnly(2026, 11, 19);

        (await RuleAsync(world.Technician.PostAsJsonAsync("/api/v1/reports/technician-daily/submit", new { date = Iso(day) }, Json), HttpStatusCode.UnprocessableEntity))
            .Should().Be("/problems/rules/DayWithoutHoursNeedsAReason");
        (await RuleAsync(world.Technician.PostAsJsonAsync("/api/v1/reports/technician-daily/submit", new { date = Iso(Today.AddDays(2)), noHoursReason = "Leave" }, Json), HttpStatusCode.UnprocessableEntity))
            .Should().Be("/problems/rules/ReportedDayMustHaveBegun");

        var submitted = await ReadAsAsync<TechnicianDailyReportDto>(await world.Technician.PostAsJsonAsync("/api/v1/reports/technician-daily/submit", new { date = Iso(day), noHoursReason = "Annual leave" }, Json), HttpStatusCode.OK);
        submitted.Versions.Single().NoHoursReason.Should().Be("Annual leave");
    }

    [Test]
    public async Task R15_a_report_not_submitted_by_the_next_business_days_opening_is_listed_as_missing()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var friday = new DateOnly(2026, 11, 20);
        await ExpectAsync(world.Technician.PostAsJsonAsync("/api/v1/reports/technician-daily/submit", new { date = Iso(friday), noHoursReason = "Leave" }, Json), HttpStatusCode.OK);

        var day = await ReadAsAsync<List<TechnicianDailyReportSummaryDto>>(await world.Supervisor.GetAsync($"/api/v1/reports/technician-daily?unitId={world.Unit.Id}&date={Iso(friday)}"), HttpStatusCode.OK);
        day.Select(r => (r.TechnicianId, r.State)).Should().BeEquivalentTo(new[] { (world.TechnicianId, DailyReportState.Submitted), (world.OtherTechnicianId, DailyReportState.Missing) });

        var missing = await ReadAsAsync<List<TechnicianDailyReportSummaryDto>>(await world.Supervisor.GetAsync($"/api/v1/reports/technician-daily?unitId={world.Unit.Id}&date={Iso(friday)}&status=missing"), HttpStatusCode.OK);
        missing.Should().ContainSingle().Which.TechnicianId.Should().Be(world.OtherTechnicianId);

        var today = await ReadAsAsync<List<TechnicianDailyReportSummaryDto>>(await world.Supervisor.GetAsync($"/api/v1/reports/technician-daily?unitId={world.Unit.Id}&date={Iso(Today)}"), HttpStatusCode.OK);
        today.Should().OnlyContain(r => r.State == DailyReportState.Draft, "today's reports are not due before the next business day's opening");
    }

    [Test]
    public async Task R24_a_closed_days_register_is_sent_once_with_every_call_of_that_day_frozen()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var first = await world.NewCallAsync("2026-11-20T09:00:00+08:00");
        var second = await world.NewCallAsync("2026-11-20T23:30:00+08:00");
        await world.NewCallAsync("2026-11-21T00:10:00+08:00");
        await ExpectAsync(world.Clerk.PostAsJsonAsync($"/api/v1/calls/{second.Id}/cancel", new { reason = "Duplicate" }, Json), HttpStatusCode.OK);

        var sent = await ReadAsAsync<SentCallRegisterDto>(await world.Clerk.PostAsync($"/api/v1/registers/calls/{world.Unit.Id}/2026-11-20/send", null), HttpStatusCode.OK);
        sent.Calls.Select(c => (c.CallId, c.Status)).Should().Equal((first.Id, CallStatus.Registered), (second.Id, CallStatus.Cancelled));

        await ExpectAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/calls/{first.Id}/dispatch", new { technicianId = world.TechnicianId }, Json), HttpStatusCode.OK);
        var again = await ReadAsAsync<SentCallRegisterDto>(await world.Clerk.PostAsync($"/api/v1/registers/calls/{world.Unit.Id}/2026-11-20/send", null), HttpStatusCode.OK);
        again.Id.Should().Be(sent.Id);
        again.Calls[0].Status.Should().Be(CallStatus.Registered, "the register is frozen as it was sent");
        (await Db.CountAsync("SELECT count(*) FROM sent_call_registers")).Should().Be(1);

        (await RuleAsync(world.Clerk.PostAsync($"/api/v1/registers/calls/{world.Unit.Id}/{Iso(Today)}/send", null), HttpStatusCode.UnprocessableEntity))
            .Should().Be("/problems/rules/OnlyAClosedDayIsSent");
        await ExpectAsync(world.Technician.PostAsync($"/api/v1/registers/calls/{world.Unit.Id}/2026-11-20/send", null), HttpStatusCode.Forbidden);
    }
}
