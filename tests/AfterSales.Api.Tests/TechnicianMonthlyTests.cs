using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Support;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Complaints;
using AfterSales.Application.Evaluations;
using AfterSales.Application.Surveys;
using AfterSales.Domain.Common;
using AfterSales.Domain.Evaluations;
using static AfterSales.Api.Tests.Support.ServiceUnitWorld;

namespace AfterSales.Api.Tests;

/// <summary>R23 through HTTP: a technician's month computed by hand from the calls, cards, complaints and reports the test makes.</summary>
public class TechnicianMonthlyTests : ApiTest
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(ApiTestRun.Api.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Taipei")).DateTime);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string MonthOf(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static async Task<TechnicianMonthDto> MonthAsync(HttpClient client, Guid technicianId, string month) =>
        (await ReadAsAsync<TechnicianMonthlyReportDto>(await client.GetAsync($"/api/v1/reports/technician-monthly?technicianId={technicianId}&month={month}"), HttpStatusCode.OK)).Technicians.Single();

    [Test]
    public async Task R23_a_technicians_month_counts_ratings_by_item_and_level_cards_calls_on_time_complaints_and_reviewed_hours()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        using var serviceDepartment = await ClientAsAsync(Role.ServiceDepartment);
        var yesterday = Today.AddDays(-1);
        var a = await world.FinishedOnSiteYesterdayAsync(world.TechnicianId, world.Technician, "09:00", 1.5m);
        var b = await world.FinishedOnSiteYesterdayAsync(world.TechnicianId, world.Technician, "09:30", 2m);
        await world.FinishedOnSiteYesterdayAsync(world.OtherTechnicianId, world.OtherTechnician, "09:45", 1m);
        await ExpectAsync(world.Clerk.PostAsync($"/api/v1/registers/calls/{world.Unit.Id}/{Iso(yesterday)}/send", null), HttpStatusCode.OK);
        var cards = (await ReadAsAsync<Page<SurveyCardDto>>(await serviceDepartment.GetAsync($"/api/v1/survey-cards?unitId={world.Unit.Id}&date={Iso(yesterday)}"), HttpStatusCode.OK)).Items;
        foreach (var card in cards.Where(c => c.CallId == a || c.CallId == b))
        {
            await ExpectAsync(serviceDepartment.PostAsJsonAsync($"/api/v1/survey-cards/{card.Id}/send", new { channel = "Mail" }, Json), HttpStatusCode.OK);
        }

        await ExpectAsync(serviceDepartment.PostAsJsonAsync($"/api/v1/survey-cards/{cards.Single(c => c.CallId == a).Id}/response",
            new { attitude = "VerySatisfied", technicalSkill = "Satisfied", arrivalTime = "Dissatisfied", followThrough = "NotAnswered" }, Json), HttpStatusCode.OK);
        var answeredB = await ReadAsAsync<SurveyCardDto>(await serviceDepartment.PostAsJsonAsync($"/api/v1/survey-cards/{cards.Single(c => c.CallId == b).Id}/response",
            new { attitude = "Satisfied", technicalSkill = "VeryDissatisfied", arrivalTime = "Satisfied", followThrough = "Satisfied", complaint = "The unit still rattles." }, Json), HttpStatusCode.OK);

        // The card's complaint is found to be the service's fault.
        var complaintId = answeredB.ComplaintId!.Value;
        var now = ApiTestRun.Api.Clock.GetUtcNow();
        await ExpectAsync(serviceDepartment.PostAsJsonAsync($"/api/v1/complaints/{complaintId}/triage", new { severity = "General" }, Json), HttpStatusCode.OK);
        await ExpectAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/complaints/{complaintId}/visit", new { visitedAt = now, notes = "Tightened the panel.", customerRefused = false }, Json), HttpStatusCode.OK);
        await ExpectAsync(serviceDepartment.PostAsJsonAsync($"/api/v1/complaints/{complaintId}/reply", new { channel = "Telephone", content = "Apologised.", repliedAt = now }, Json), HttpStatusCode.OK);
        await ReadAsAsync<ComplaintDto>(await serviceDepartment.PostAsJsonAsync($"/api/v1/complaints/{complaintId}/close", new { serviceFault = true, actions = "Panel fixed." }, Json), HttpStatusCode.OK);

        // The on-site work is recorded today, so it is on today's form 006; only reviewed hours count.
        await ExpectAsync(world.Technician.PostAsJsonAsync("/api/v1/reports/technician-daily/submit", new { date = Iso(Today) }, Json), HttpStatusCode.OK);
        (await MonthAsync(world.Supervisor, world.TechnicianId, MonthOf(Today))).Hours.Total.Should().Be(0, "the report is submitted, not yet reviewed");
        await ExpectAsync(world.Supervisor.PostAsJsonAsync("/api/v1/reports/technician-daily/review", new { technicianId = world.TechnicianId, date = Iso(Today) }, Json), HttpStatusCode.OK);
        (await MonthAsync(world.Supervisor, world.TechnicianId, MonthOf(Today))).Hours.Should().Be(new MonthHoursDto(3.5m, 0, 0, 0, 3.5m));

        var month = await MonthAsync(serviceDepartment, world.TechnicianId, MonthOf(yesterday));
        month.Items.Select(i => (i.Item, i.VerySatisfied, i.Satisfied, i.Dissatisfied, i.VeryDissatisfied, i.NotAnswered, i.MeanScore, i.SatisfiedShare)).Should().Equal(
            (RatedItem.Attitude, 1, 1, 0, 0, 0, 3.5m, 1m),
            (RatedItem.TechnicalSkill, 0, 1, 0, 1, 0, 2m, 0.5m),
            (RatedItem.ArrivalTime, 0, 1, 1, 0, 0, 2.5m, 0.5m),
            (RatedItem.FollowThrough, 0, 1, 0, 0, 1, 3m, 1m));
        (month.AnswersCounted, month.LateAnswers, month.CardsSent, month.CardsReturned, month.CallsAttended).Should().Be((2, 0, 2, 2, 2));
        (month.OnTime.OnTime, month.OnTime.Counted, month.OnTime.Rate).Should().Be((2, 2, 1m));
        (month.ServiceFaultComplaints, month.Score).Should().Be((1, (decimal?)null));

        await ExpectAsync(admin.PutAsJsonAsync("/api/v1/reports/technician-monthly/weights", new { attitude = 1, technicalSkill = 1, arrivalTime = 1, followThrough = 1 }, Json), HttpStatusCode.OK);
        (await MonthAsync(world.Supervisor, world.TechnicianId, MonthOf(yesterday))).Score.Should().Be(2.75m, "(3.5 + 2 + 2.5 + 3) / 4");

        // A3: a corrected answer counts as corrected.
        await ExpectAsync(serviceDepartment.PostAsJsonAsync($"/api/v1/survey-cards/{cards.Single(c => c.CallId == a).Id}/response/corrections",
            new { attitude = "Dissatisfied", technicalSkill = "Satisfied", arrivalTime = "Dissatisfied", followThrough = "NotAnswered", reason = "Attitude keyed in the wrong column" }, Json), HttpStatusCode.OK);
        var attitude = (await MonthAsync(world.Supervisor, world.TechnicianId, MonthOf(yesterday))).Items[0];
        (attitude.VerySatisfied, attitude.Satisfied, attitude.Dissatisfied, attitude.MeanScore, attitude.SatisfiedShare).Should().Be((0, 1, 1, 2.5m, 0.5m));

        var unitMonth = await ReadAsAsync<TechnicianMonthlyReportDto>(await world.Supervisor.GetAsync($"/api/v1/reports/technician-monthly?unitId={world.Unit.Id}&month={MonthOf(yesterday)}"), HttpStatusCode.OK);
        unitMonth.Technicians.Select(t => t.TechnicianId).Should().BeEquivalentTo([world.TechnicianId, world.OtherTechnicianId]);
        unitMonth.Technicians.Single(t => t.TechnicianId == world.OtherTechnicianId).CardsSent.Should().Be(0);
    }

    [Test]
    public async Task R23_a_closed_month_keeps_its_figures_and_a_failed_inspection_counts_against_the_last_technician_on_the_card()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        using var other = await CreateAsync(admin, "TXG");
        using var serviceDepartment = await ClientAsAsync(Role.ServiceDepartment);
        var intake = await world.InWorkshopAsync(TimeSpan.FromDays(2));
        await ExpectAsync(world.Technician.PostAsJsonAsync($"/api/v1/repair-cards/{intake.RepairCard.Id}/work", new { hours = 2, description = "Relay", repairFinished = true }, Json), HttpStatusCode.OK);
        await ExpectAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/repair-cards/{intake.RepairCard.Id}/inspection", new { passed = false, note = "Still noisy" }, Json), HttpStatusCode.OK);
        (await MonthAsync(world.Supervisor, world.TechnicianId, MonthOf(Today))).FailedInspections.Should().Be(1);
        (await MonthAsync(world.Supervisor, world.OtherTechnicianId, MonthOf(Today))).FailedInspections.Should().Be(0);

        (await RuleAsync(serviceDepartment.PostAsJsonAsync("/api/v1/reports/technician-monthly/close", new { unitId = world.Unit.Id, month = MonthOf(Today) }, Json), HttpStatusCode.UnprocessableEntity))
            .Should().Be("/problems/rules/OnlyAFinishedMonthCloses");
        var lastMonth = MonthOf(Today.AddMonths(-1));
        var closed = await ReadAsAsync<TechnicianMonthlyReportDto>(await serviceDepartment.PostAsJsonAsync("/api/v1/reports/technician-monthly/close", new { unitId = world.Unit.Id, month = lastMonth }, Json), HttpStatusCode.OK);
        closed.Closed.Should().BeTrue();
        await ExpectAsync(serviceDepartment.PostAsJsonAsync("/api/v1/reports/technician-monthly/close", new { unitId = world.Unit.Id, month = lastMonth }, Json), HttpStatusCode.Conflict);
        var read = await ReadAsAsync<TechnicianMonthlyReportDto>(await world.Supervisor.GetAsync($"/api/v1/reports/technician-monthly?unitId={world.Unit.Id}&month={lastMonth}"), HttpStatusCode.OK);
        read.Closed.Should().BeTrue();
        read.ClosedAt.Should().BeCloseTo(closed.ClosedAt!.Value, TimeSpan.FromMilliseconds(1));
        read.Technicians.Should().BeEquivalentTo(closed.Technicians);

        // Time passing without moving the shared clock: this month closed before its cards were answered.
        await Db.ExecuteAsync($"""
            INSERT INTO evaluation_month_closures (id, unit_id, month, closed_at, closed_by, snapshot)
            VALUES (gen_random_uuid(), '{world.Unit.Id}', '{Today.AddDays(-1):yyyy-MM}-01', now() - interval '1 day', gen_random_uuid(), '[]')
            """);
        await world.FinishedOnSiteYesterdayAsync(world.TechnicianId, world.Technician, "09:00", 1m);
        await ExpectAsync(world.Clerk.PostAsync($"/api/v1/registers/calls/{world.Unit.Id}/{Iso(Today.AddDays(-1))}/send", null), HttpStatusCode.OK);
        var card = (await ReadAsAsync<Page<SurveyCardDto>>(await serviceDepartment.GetAsync($"/api/v1/survey-cards?unitId={world.Unit.Id}&date={Iso(Today.AddDays(-1))}"), HttpStatusCode.OK)).Items.Single();
        await ExpectAsync(serviceDepartment.PostAsJsonAsync($"/api/v1/survey-cards/{card.Id}/send", new { channel = "Sms" }, Json), HttpStatusCode.OK);
        await ExpectAsync(serviceDepartment.PostAsJsonAsync($"/api/v1/survey-cards/{card.Id}/response",
            new { attitude = "Satisfied", technicalSkill = "Satisfied", arrivalTime = "Satisfied", followThrough = "Satisfied" }, Json), HttpStatusCode.OK);
        var nextMonth = await MonthAsync(world.Supervisor, world.TechnicianId, MonthOf(new DateOnly(Today.AddDays(-1).Year, Today.AddDays(-1).Month, 1).AddMonths(1)));
        (nextMonth.AnswersCounted, nextMonth.LateAnswers).Should().Be((1, 1), "the answer came after its call's month closed");

        await ExpectAsync(other.Supervisor.GetAsync($"/api/v1/reports/technician-monthly?technicianId={world.TechnicianId}&month={lastMonth}"), HttpStatusCode.NotFound);
        await ExpectAsync(world.Technician.GetAsync($"/api/v1/reports/technician-monthly?technicianId={world.TechnicianId}&month={lastMonth}"), HttpStatusCode.Forbidden);
        await ExpectAsync(world.Supervisor.GetAsync($"/api/v1/reports/technician-monthly?technicianId={world.TechnicianId}&month=2026-13"), HttpStatusCode.BadRequest);
    }
}
