using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Support;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Complaints;
using AfterSales.Application.Kpis;
using AfterSales.Application.Surveys;
using AfterSales.Domain.Common;
using static AfterSales.Api.Tests.Support.ServiceUnitWorld;

namespace AfterSales.Api.Tests;

/// <summary>K1–K3 through HTTP, each figure computed by hand from the calls, cards and complaints the test makes.</summary>
public class KpiTests : ApiTest
{
    private static async Task<KpiReportDto> KpisAsync(HttpClient client, string query) =>
        await ReadAsAsync<KpiReportDto>(await client.GetAsync($"/api/v1/reports/kpi?{query}"), HttpStatusCode.OK);

    private static (long, long, decimal?, decimal?, bool?) Of(KpiFigureDto f) => (f.Numerator, f.Denominator, f.Percent, f.TargetPercent, f.Met);

    private static (long, long) Counts(KpiFigureDto f) => (f.Numerator, f.Denominator);

    [Test]
    public async Task K1_K2_K3_for_a_small_period_by_hand_by_technician_and_for_the_company_against_the_targets_in_force()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        using var other = await CreateAsync(admin, "TXG");
        using var serviceDepartment = await ClientAsAsync(Role.ServiceDepartment);

        // 20 November (a Friday): A reached in time; B dispatched and never reached; C cancelled only now. Both deadlines passed on Monday 23rd.
        var a = await world.ArrivedCallAsync();
        var b = await world.NewCallAsync();
        await ExpectAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/calls/{b.Id}/dispatch", new { technicianId = world.OtherTechnicianId, dispatchedAt = "2026-11-20T16:30:00+08:00" }, Json), HttpStatusCode.OK);
        var c = await world.NewCallAsync();
        await ExpectAsync(world.Clerk.PostAsJsonAsync($"/api/v1/calls/{c.Id}/cancel", new { reason = "Customer fixed it" }, Json), HttpStatusCode.OK);

        // Yesterday: two calls reached an hour after receipt, their cards answered.
        var a2 = await world.FinishedOnSiteYesterdayAsync(world.TechnicianId, world.Technician, "09:00", 1m);
        var b2 = await world.FinishedOnSiteYesterdayAsync(world.OtherTechnicianId, world.OtherTechnician, "09:30", 1m);
        await ExpectAsync(world.Clerk.PostAsync($"/api/v1/registers/calls/{world.Unit.Id}/{Yesterday}/send", null), HttpStatusCode.OK);
        var cards = (await ReadAsAsync<Page<SurveyCardDto>>(await serviceDepartment.GetAsync($"/api/v1/survey-cards?unitId={world.Unit.Id}&date={Yesterday}"), HttpStatusCode.OK)).Items;
        foreach (var (call, answer) in new[]
                 {
                     (a2, new { attitude = "VerySatisfied", technicalSkill = "Satisfied", arrivalTime = "Dissatisfied", followThrough = "NotAnswered" }),
                     (b2, new { attitude = "Satisfied", technicalSkill = "Satisfied", arrivalTime = "Satisfied", followThrough = "Satisfied" }),
                 })
        {
            var card = cards.Single(x => x.CallId == call);
            await ExpectAsync(serviceDepartment.PostAsJsonAsync($"/api/v1/survey-cards/{card.Id}/send", new { channel = "Mail" }, Json), HttpStatusCode.OK);
            await ExpectAsync(serviceDepartment.PostAsJsonAsync($"/api/v1/survey-cards/{card.Id}/response", answer, Json), HttpStatusCode.OK);
        }

        // A complaint about A found to be the service's fault; one about B not yet judged.
        var now = ApiTestRun.Api.Clock.GetUtcNow();
        var fault = await ReadAsAsync<ComplaintDto>(await world.Clerk.PostAsJsonAsync("/api/v1/complaints", new { source = "Telephone", callId = a.Id, technicianId = world.TechnicianId, words = "Scratched the floor." }, Json), HttpStatusCode.Created);
        await ExpectAsync(serviceDepartment.PostAsJsonAsync($"/api/v1/complaints/{fault.Id}/triage", new { severity = "General" }, Json), HttpStatusCode.OK);
        await ExpectAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/complaints/{fault.Id}/visit", new { visitedAt = now, notes = "Paid for the repair of the floor.", customerRefused = false }, Json), HttpStatusCode.OK);
        await ExpectAsync(serviceDepartment.PostAsJsonAsync($"/api/v1/complaints/{fault.Id}/reply", new { channel = "Letter", content = "Apologies.", repliedAt = now }, Json), HttpStatusCode.OK);
        await ExpectAsync(serviceDepartment.PostAsJsonAsync($"/api/v1/complaints/{fault.Id}/close", new { serviceFault = true, actions = "Floor repaired." }, Json), HttpStatusCode.OK);
        await ExpectAsync(world.Clerk.PostAsJsonAsync("/api/v1/complaints", new { source = "Telephone", callId = b.Id, words = "Nobody came." }, Json), HttpStatusCode.Created);

        // The K3 target is raised to 30 % today: the period that began on 20 November keeps 3 %.
        await ExpectAsync(admin.PutAsJsonAsync($"/api/v1/units/{world.Unit.Id}/policy", new
        {
            urbanSlaHours = 6, suburbanSlaHours = 7,
            onSiteFeeThreshold = new { amount = 3000, currency = "TWD" }, labourRatePerHour = new { amount = 800, currency = "TWD" },
            targets = new { onTimeRatePercent = 90, satisfactionPercent = 85, complaintRatePercent = 30 },
        }, Json), HttpStatusCode.OK);

        var period = $"from=2026-11-20&to={Yesterday}";
        var unit = (await KpisAsync(world.Supervisor, $"unitId={world.Unit.Id}&{period}")).Groups.Single();
        Of(unit.OnTime).Should().Be((3L, 5L, 60m, 90m, false), "A, A2, B2 on time; B never reached and C cancelled after its deadline are late");
        Of(unit.Satisfaction).Should().Be((6L, 7L, 85.71m, 85m, true), "2 of A2's 3 answered items and all 4 of B2's; not answered is left out");
        Of(unit.SatisfiedCards).Should().Be((1L, 2L, 50m, null, null));
        Of(unit.ResponseRate).Should().Be((2L, 2L, 100m, null, null));
        Of(unit.ComplaintRate).Should().Be((1L, 4L, 25m, 3m, false), "one fault over the four calls not cancelled, against the target in force on 20 November");
        unit.ComplaintsNotYetJudged.Should().Be(1);

        var byTechnician = (await KpisAsync(world.Supervisor, $"{period}&by=technician")).Groups.ToDictionary(g => g.Key);
        Counts(byTechnician[world.TechnicianId.ToString()].OnTime).Should().Be((2L, 2L));
        Counts(byTechnician[world.OtherTechnicianId.ToString()].OnTime).Should().Be((1L, 2L));
        Counts(byTechnician["unassigned"].OnTime).Should().Be((0L, 1L));
        byTechnician[world.TechnicianId.ToString()].ComplaintRate.Numerator.Should().Be(1);

        var today = (await KpisAsync(world.Supervisor, $"from={Yesterday}&to={Yesterday}")).Total;
        (today.ComplaintRate.TargetPercent, today.OnTime.Numerator).Should().Be((3m, 2L), "yesterday the old target still held");

        // The company: sums of numerators over sums of denominators, never an average of the units' rates.
        var theirs = await other.ArrivedCallAsync();
        theirs.Should().NotBeNull();
        var company = await KpisAsync(serviceDepartment, period);
        company.Groups.Should().HaveCount(2);
        Of(company.Total.OnTime).Should().Be((4L, 6L, 66.67m, 90m, false));
        await ExpectAsync(world.Technician.GetAsync($"/api/v1/reports/kpi?{period}"), HttpStatusCode.Forbidden);
        await ExpectAsync(other.Supervisor.GetAsync($"/api/v1/reports/kpi?unitId={world.Unit.Id}&{period}"), HttpStatusCode.NotFound);

        // The daily counts the database kept through every change above are what the records count again.
        var (kept, recounted) = await Db.KpiCountsAsync();
        kept.Should().NotBeEmpty().And.Be(recounted);
    }
}
