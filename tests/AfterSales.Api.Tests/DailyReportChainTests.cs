using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Support;
using AfterSales.Application.Reports;
using AfterSales.Domain.Common;
using AfterSales.Domain.Reports;
using AfterSales.Domain.Units;
using static AfterSales.Api.Tests.Support.ServiceUnitWorld;

namespace AfterSales.Api.Tests;

/// <summary>
/// The unit's daily report (form 007, R16) built from reviewed technician reports and the register's
/// day, and its chain (R17): a branch's manager signs, the service department checks, any step returns.
/// </summary>
public class DailyReportChainTests : ApiTest
{
    private const string Monday = "2026-11-23";

    private static async Task ReviewedDayAsync(ServiceUnitWorld world, HttpClient technician, Guid technicianId, string date, decimal adminHours)
    {
        await ExpectAsync(technician.PostAsJsonAsync($"/api/v1/technicians/{technicianId}/admin-work", new { date, category = "Inspection", hours = adminHours, note = "Tools" }, Json), HttpStatusCode.Created);
        await ExpectAsync(technician.PostAsJsonAsync("/api/v1/reports/technician-daily/submit", new { date }, Json), HttpStatusCode.OK);
        await ExpectAsync(world.Supervisor.PostAsJsonAsync("/api/v1/reports/technician-daily/review", new { technicianId, date }, Json), HttpStatusCode.OK);
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, string step, object body) =>
        client.PostAsJsonAsync($"/api/v1/reports/supervisor-daily/{step}", body, Json);


    [Test]
    public async Task R16_the_units_day_comes_from_reviewed_reports_and_the_register_and_needs_a_reason_for_each_missing_one()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var arrived = await world.ArrivedCallAsync();
        await ReviewedDayAsync(world, world.Technician, world.TechnicianId, Monday, 2);

        var refused = await ProblemAsync(await Post(world.Supervisor, "submit", new { date = Monday }), HttpStatusCode.UnprocessableEntity);
        refused.GetProperty("type").GetString().Should().Be("/problems/rules/EveryReportReviewedOrExplained");
        refused.GetProperty("detail").GetString().Should().Contain("Technician of");
        (await Db.CountAsync("SELECT count(*) FROM supervisor_daily_reports")).Should().Be(0);

        var submitted = await ReadAsAsync<SupervisorDailyReportDto>(await Post(world.Supervisor, "submit", new
        {
            date = Monday,
            missingReasons = new[] { new { technicianId = world.OtherTechnicianId, reason = "Sick leave" } },
        }), HttpStatusCode.OK);

        submitted.State.Should().Be(SupervisorReportState.Submitted);
        submitted.Day.Technicians.Should().ContainSingle().Which.Should().BeEquivalentTo(new { TechnicianId = world.TechnicianId, Admin = 2m, Total = 2m });
        submitted.Day.TotalHours.Should().Be(2m);
        submitted.Day.Register.ArrivedOnTime.Should().Be(1, $"call {arrived.Number} was reached on Monday within its deadline");
        submitted.Day.Register.Dispatched.Should().Be(0, "it was dispatched on Saturday");
        submitted.Expected.Should().Contain(e => e.TechnicianId == world.OtherTechnicianId && e.MissingReason == "Sick leave");

        // R18: a Friday call never dispatched is carried over; the one dispatched on Saturday was not.
        await world.NewCallAsync("2026-11-20T17:00:00+08:00");
        var friday = await ReadAsAsync<SupervisorDailyReportDto>(await world.Supervisor.GetAsync($"/api/v1/reports/supervisor-daily?unitId={world.Unit.Id}&date=2026-11-20"), HttpStatusCode.OK);
        friday.State.Should().Be(SupervisorReportState.Draft);
        friday.Day.Register.Received.Should().Be(2);
        friday.Day.Register.CarriedOver.Should().Be(1);
    }

    [Test]
    public async Task R15_R16_a_full_day_of_three_technicians_gives_each_006_and_the_007_to_the_hour()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var thirdId = (await admin.HireAsync(world.Unit.Id, Role.Technician)).Id;
        using var third = await ClientForStaffAsync(thirdId);
        var now = ApiTestRun.Api.Clock.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById("Asia/Taipei")).DateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        // T1: a call from last Friday reached only today (late), finished on site in 1.5 h; 0.5 h of admin work.
        var call = await world.NewCallAsync();
        await ExpectAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/calls/{call.Id}/dispatch", new { technicianId = world.TechnicianId, dispatchedAt = "2026-11-21T09:00:00+08:00" }, Json), HttpStatusCode.OK);
        var late = await ReadAsAsync<AfterSales.Application.Calls.CallDto>(await world.Technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/arrival", new { arrivedAt = now }, Json), HttpStatusCode.OK);
        late.DeadlineMet.Should().BeFalse();
        await ExpectAsync(world.Technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/complete-on-site", new { workHours = 1.5m, parts = Array.Empty<object>(), signature = new { signerName = "Lin", signedAt = now }, collectedOnSite = true }, Json), HttpStatusCode.OK);
        await ExpectAsync(world.Technician.PostAsJsonAsync($"/api/v1/technicians/{world.TechnicianId}/admin-work", new { date = today, category = "ToolUpkeep", hours = 0.5m, note = "Meters" }, Json), HttpStatusCode.Created);

        // T2 and T3 repair a product taken to the workshop today; T3 also trains for 3 h.
        var intake = await world.InWorkshopAsync(TimeSpan.FromDays(3));
        await ExpectAsync(world.OtherTechnician.PostAsJsonAsync($"/api/v1/repair-cards/{intake.RepairCard.Id}/work", new { hours = 2, description = "Compressor", repairFinished = false }, Json), HttpStatusCode.OK);
        await ExpectAsync(third.PostAsJsonAsync($"/api/v1/repair-cards/{intake.RepairCard.Id}/work", new { hours = 1, description = "Wiring", repairFinished = false }, Json), HttpStatusCode.OK);
        await ExpectAsync(third.PostAsJsonAsync($"/api/v1/technicians/{thirdId}/admin-work", new { date = today, category = "Training", hours = 3, note = "Inverter course" }, Json), HttpStatusCode.Created);

        var expected = new Dictionary<Guid, (decimal Paid, decimal Admin)> { [world.TechnicianId] = (1.5m, 0.5m), [world.OtherTechnicianId] = (2m, 0m), [thirdId] = (1m, 3m) };
        foreach (var (client, id) in new[] { (world.Technician, world.TechnicianId), (world.OtherTechnician, world.OtherTechnicianId), (third, thirdId) })
        {
            var report = await ReadAsAsync<TechnicianDailyReportDto>(await client.PostAsJsonAsync("/api/v1/reports/technician-daily/submit", new { date = today }, Json), HttpStatusCode.OK);
            (report.Day.PaidHours, report.Day.AdminHours).Should().Be(expected[id]);
            await ExpectAsync(world.Supervisor.PostAsJsonAsync("/api/v1/reports/technician-daily/review", new { technicianId = id, date = today }, Json), HttpStatusCode.OK);
        }

        var unitDay = await ReadAsAsync<SupervisorDailyReportDto>(await Post(world.Supervisor, "submit", new { date = today }), HttpStatusCode.OK);

        unitDay.Day.Technicians.Select(t => (t.TechnicianId, t.Paid, t.Admin)).Should().BeEquivalentTo(expected.Select(e => (e.Key, e.Value.Paid, e.Value.Admin)));
        (unitDay.Day.Paid, unitDay.Day.Admin, unitDay.Day.TotalHours).Should().Be((4.5m, 3.5m, 8m));
        unitDay.Day.Register.Should().BeEquivalentTo(new { ArrivedLate = 1, ArrivedOnTime = 0, FinishedOnSite = 1, TakenToWorkshop = 1, CardsOpen = 1 });
    }

    [Test]
    public async Task R17_a_branchs_report_is_signed_by_its_manager_then_checked_by_the_service_department()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var branch = await CreateAsync(admin, "TXG", UnitKind.Branch);
        using var manager = await ClientForStaffAsync((await admin.HireAsync(branch.Unit.Id, Role.BranchManager)).Id);
        using var serviceDepartment = await ClientAsAsync(Role.ServiceDepartment);
        await ReviewedDayAsync(branch, branch.Technician, branch.TechnicianId, Monday, 3);
        await ReviewedDayAsync(branch, branch.OtherTechnician, branch.OtherTechnicianId, Monday, 1);
        var submitted = await ReadAsAsync<SupervisorDailyReportDto>(await Post(branch.Supervisor, "submit", new { date = Monday }), HttpStatusCode.OK);

        (await RuleAsync(Post(serviceDepartment, "check", new { unitId = branch.Unit.Id, date = Monday }), HttpStatusCode.Conflict))
            .Should().Be("/problems/rules/SupervisorReportMustAwaitStep");
        var inbox = await ReadAsAsync<List<SupervisorReportSummaryDto>>(await manager.GetAsync("/api/v1/reports/supervisor-daily?status=awaiting-sign-off"), HttpStatusCode.OK);
        inbox.Should().ContainSingle().Which.UnitId.Should().Be(branch.Unit.Id);

        var signed = await ReadAsAsync<SupervisorDailyReportDto>(await Post(manager, "sign-off", new { unitId = branch.Unit.Id, date = Monday }), HttpStatusCode.OK);
        signed.State.Should().Be(SupervisorReportState.SignedOff);
        signed.Steps.Should().ContainSingle().Which.Hash.Should().Be(submitted.Day.Hash, "the manager signs exactly what was submitted");

        var toCheck = await ReadAsAsync<List<SupervisorReportSummaryDto>>(await serviceDepartment.GetAsync("/api/v1/reports/supervisor-daily?status=awaiting-check"), HttpStatusCode.OK);
        toCheck.Should().ContainSingle().Which.TotalHours.Should().Be(4m);
        var checkedReport = await ReadAsAsync<SupervisorDailyReportDto>(await Post(serviceDepartment, "check", new { unitId = branch.Unit.Id, date = Monday }), HttpStatusCode.OK);
        checkedReport.State.Should().Be(SupervisorReportState.Checked);
        checkedReport.Steps.Select(s => s.Outcome).Should().Equal(SupervisorDailyReportStatus.SignedOff, SupervisorDailyReportStatus.Checked);
    }

    [Test]
    public async Task R17_the_signer_is_never_the_submitter_even_holding_both_roles_and_a_return_leads_to_a_new_version()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var branch = await CreateAsync(admin, "TXG", UnitKind.Branch);
        using var both = await ClientForStaffAsync((await admin.HireAsync(branch.Unit.Id, Role.Supervisor, Role.BranchManager)).Id);
        using var manager = await ClientForStaffAsync((await admin.HireAsync(branch.Unit.Id, Role.BranchManager)).Id);
        await ReviewedDayAsync(branch, branch.Technician, branch.TechnicianId, Monday, 3);
        var reasons = new[] { new { technicianId = branch.OtherTechnicianId, reason = "Leave" } };
        await ExpectAsync(Post(both, "submit", new { date = Monday, missingReasons = reasons }), HttpStatusCode.OK);

        (await RuleAsync(Post(both, "sign-off", new { unitId = branch.Unit.Id, date = Monday }), HttpStatusCode.UnprocessableEntity))
            .Should().Be("/problems/rules/SignerIsNeverTheSubmitter");

        var returned = await ReadAsAsync<SupervisorDailyReportDto>(await Post(manager, "return", new { unitId = branch.Unit.Id, date = Monday, note = "Explain the Friday carry-over" }), HttpStatusCode.OK);
        returned.State.Should().Be(SupervisorReportState.Returned);
        var resubmitted = await ReadAsAsync<SupervisorDailyReportDto>(await Post(branch.Supervisor, "submit", new { date = Monday, missingReasons = reasons }), HttpStatusCode.OK);
        resubmitted.Versions.Select(v => v.Number).Should().Equal(1, 2);
        await ExpectAsync(Post(manager, "sign-off", new { unitId = branch.Unit.Id, date = Monday }), HttpStatusCode.OK);
    }

    [Test]
    public async Task R17_a_centers_report_goes_straight_to_the_service_department_and_shows_stale_when_its_day_changes()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var center = await CreateAsync(admin, "TPE");
        using var serviceDepartment = await ClientAsAsync(Role.ServiceDepartment);
        await ReviewedDayAsync(center, center.Technician, center.TechnicianId, Monday, 3);
        await ReviewedDayAsync(center, center.OtherTechnician, center.OtherTechnicianId, Monday, 2);
        await ExpectAsync(Post(center.Supervisor, "submit", new { date = Monday }), HttpStatusCode.OK);

        using var managerToken = await ClientAsAsync(Role.BranchManager, center.Unit.Id);
        (await RuleAsync(Post(managerToken, "sign-off", new { unitId = center.Unit.Id, date = Monday }), HttpStatusCode.UnprocessableEntity))
            .Should().Be("/problems/rules/SignOffIsForBranches");
        (await RuleAsync(Post(serviceDepartment, "return", new { unitId = center.Unit.Id, date = Monday, note = "" }), HttpStatusCode.BadRequest)).Should().Be("/problems/validation");
        var toCheck = await ReadAsAsync<List<SupervisorReportSummaryDto>>(await serviceDepartment.GetAsync("/api/v1/reports/supervisor-daily?status=AwaitingCheck"), HttpStatusCode.OK);
        toCheck.Should().ContainSingle();

        await center.NewCallAsync("2026-11-23T10:00:00+08:00");
        var stale = await ReadAsAsync<SupervisorDailyReportDto>(await serviceDepartment.GetAsync($"/api/v1/reports/supervisor-daily?unitId={center.Unit.Id}&date={Monday}"), HttpStatusCode.OK);
        stale.Stale.Should().BeTrue();
        stale.Day.Register.Received.Should().Be(0);
        stale.Live!.Register.Received.Should().Be(1);

        await ExpectAsync(Post(serviceDepartment, "check", new { unitId = center.Unit.Id, date = Monday }), HttpStatusCode.OK);

        // The stale day goes through the chain again as a new version.
        var again = await ReadAsAsync<SupervisorDailyReportDto>(await Post(center.Supervisor, "submit", new { date = Monday }), HttpStatusCode.OK);
        again.State.Should().Be(SupervisorReportState.Submitted);
        again.Stale.Should().BeFalse();
        again.Day.Register.Received.Should().Be(1);
        (await RuleAsync(Post(center.Supervisor, "submit", new { date = Monday }), HttpStatusCode.Conflict)).Should().Be("/problems/rules/SupervisorReportIsOpenForSubmission");
    }
}
