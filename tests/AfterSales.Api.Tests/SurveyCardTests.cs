using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Support;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Surveys;
using AfterSales.Domain.Common;
using static AfterSales.Api.Tests.Support.ServiceUnitWorld;

namespace AfterSales.Api.Tests;

/// <summary>A survey card for every call of a sent register day (R24), answered on four items (R25).</summary>
public class SurveyCardTests : ApiTest
{
    private static async Task<List<SurveyCardDto>> CardsAsync(HttpClient serviceDepartment, Guid unitId, string date) =>
        (await ReadAsAsync<Page<SurveyCardDto>>(await serviceDepartment.GetAsync($"/api/v1/survey-cards?unitId={unitId}&date={date}"), HttpStatusCode.OK)).Items.ToList();


    private static object Ratings(string level = "Satisfied", string? complaint = null) =>
        new { attitude = "VerySatisfied", technicalSkill = level, arrivalTime = "Dissatisfied", followThrough = "NotAnswered", suggestion = "Call before coming", complaint };

    [Test]
    public async Task R24_cards_equal_calls_for_a_day_with_on_site_workshop_cancelled_and_open_calls()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        using var serviceDepartment = await ClientAsAsync(Role.ServiceDepartment);
        var onSite = await world.ArrivedCallAsync();
        await ExpectAsync(world.Technician.PostAsJsonAsync($"/api/v1/calls/{onSite.Id}/complete-on-site", new { workHours = 1, parts = Array.Empty<object>(), signature = new { signerName = "Lin", signedAt = "2026-11-23T11:00:00+08:00" }, collectedOnSite = true }, Json), HttpStatusCode.OK);
        var workshop = await world.InWorkshopAsync(TimeSpan.FromDays(2));
        var cancelled = await world.NewCallAsync();
        await ExpectAsync(world.Clerk.PostAsJsonAsync($"/api/v1/calls/{cancelled.Id}/cancel", new { reason = "Fixed by the customer" }, Json), HttpStatusCode.OK);
        var open = await world.NewCallAsync();

        await ExpectAsync(world.Clerk.PostAsync($"/api/v1/registers/calls/{world.Unit.Id}/2026-11-20/send", null), HttpStatusCode.OK);
        await ExpectAsync(world.Clerk.PostAsync($"/api/v1/registers/calls/{world.Unit.Id}/2026-11-20/send", null), HttpStatusCode.OK);

        var cards = await CardsAsync(serviceDepartment, world.Unit.Id, "2026-11-20");
        cards.Select(c => c.CallId).Should().BeEquivalentTo(new[] { onSite.Id, workshop.Call.Id, cancelled.Id, open.Id }, "every call of the day gets a card, once");
        (await Db.CountAsync($"SELECT count(*) FROM survey_cards")).Should().Be(await Db.CountAsync("SELECT count(*) FROM repair_calls WHERE received_at >= '2026-11-20T00:00:00+08:00' AND received_at < '2026-11-21T00:00:00+08:00'"));
        var card = cards.Single(c => c.CallId == onSite.Id);
        (card.CallNumber, card.CustomerName, card.TechnicianId, card.RatesTechnician, card.State).Should().Be((onSite.Number, "Lin Mei-hua", world.TechnicianId, true, SurveyCardState.Generated));
        cards.Single(c => c.CallId == cancelled.Id).RatesTechnician.Should().BeFalse("nobody arrived at a call cancelled before arrival");
    }

    [Test]
    public async Task R25_a_card_is_sent_once_its_call_is_finished_and_answered_once_on_four_items()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        using var serviceDepartment = await ClientAsAsync(Role.ServiceDepartment);
        var onSite = await world.ArrivedCallAsync();
        var open = await world.NewCallAsync();
        await ExpectAsync(world.Technician.PostAsJsonAsync($"/api/v1/calls/{onSite.Id}/complete-on-site", new { workHours = 1, parts = Array.Empty<object>(), signature = new { signerName = "Lin", signedAt = "2026-11-23T11:00:00+08:00" }, collectedOnSite = true }, Json), HttpStatusCode.OK);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(ApiTestRun.Api.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Taipei")).DateTime);
        var day = today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await world.NewCallAsync($"{day}T10:00:00+08:00");
        await ExpectAsync(world.Clerk.PostAsync($"/api/v1/registers/calls/{world.Unit.Id}/2026-11-20/send", null), HttpStatusCode.OK);
        await ExpectAsync(world.Clerk.PostAsync($"/api/v1/registers/calls/{world.Unit.Id}/{day}/send", null), HttpStatusCode.OK);
        var cards = await CardsAsync(serviceDepartment, world.Unit.Id, "2026-11-20");
        var finished = cards.Single(c => c.CallId == onSite.Id);
        var unfinished = cards.Single(c => c.CallId == open.Id);
        var yesterdays = (await CardsAsync(serviceDepartment, world.Unit.Id, day)).Single();

        (await RuleAsync(serviceDepartment.PostAsJsonAsync($"/api/v1/survey-cards/{yesterdays.Id}/send", new { channel = "Sms" }, Json), HttpStatusCode.UnprocessableEntity))
            .Should().Be("/problems/rules/CardIsSentOnceTheCallIsFinished");
        (await RuleAsync(serviceDepartment.PostAsJsonAsync($"/api/v1/survey-cards/{finished.Id}/send", new { channel = "Mail" }, Json), HttpStatusCode.UnprocessableEntity))
            .Should().Be("/problems/rules/CardIsSentWithinDays", "the card of 20 November is more than 7 days old");
        await ExpectAsync(world.Clerk.PostAsJsonAsync($"/api/v1/calls/{yesterdays.CallId}/cancel", new { reason = "Duplicate" }, Json), HttpStatusCode.OK);
        var sent = await ReadAsAsync<SurveyCardDto>(await serviceDepartment.PostAsJsonAsync($"/api/v1/survey-cards/{yesterdays.Id}/send", new { channel = "Line" }, Json), HttpStatusCode.OK);
        sent.State.Should().Be(SurveyCardState.Sent);
        (await RuleAsync(serviceDepartment.PostAsJsonAsync($"/api/v1/survey-cards/{yesterdays.Id}/send", new { channel = "Line" }, Json), HttpStatusCode.Conflict))
            .Should().Be("/problems/rules/SurveyCardMustBeGenerated");

        // The cancelled call rates nobody: the card takes the customer's words only.
        (await RuleAsync(serviceDepartment.PostAsJsonAsync($"/api/v1/survey-cards/{yesterdays.Id}/response", Ratings(), Json), HttpStatusCode.UnprocessableEntity))
            .Should().Be("/problems/rules/TechnicianItemsDoNotApply");
        var answered = await ReadAsAsync<SurveyCardDto>(await serviceDepartment.PostAsJsonAsync($"/api/v1/survey-cards/{yesterdays.Id}/response", new
        {
            attitude = "NotAnswered",
            technicalSkill = "NotAnswered",
            arrivalTime = "NotAnswered",
            followThrough = "NotAnswered",
            suggestion = "Confirm cancellations by SMS",
        }, Json), HttpStatusCode.OK);
        answered.State.Should().Be(SurveyCardState.Returned);
        answered.Response!.Suggestion.Should().Be("Confirm cancellations by SMS");
        (await RuleAsync(serviceDepartment.PostAsJsonAsync($"/api/v1/survey-cards/{yesterdays.Id}/response", new { attitude = "NotAnswered", technicalSkill = "NotAnswered", arrivalTime = "NotAnswered", followThrough = "NotAnswered" }, Json), HttpStatusCode.Conflict))
            .Should().Be("/problems/rules/SurveyCardMustBeSent");
        unfinished.State.Should().Be(SurveyCardState.Generated);
        await ExpectAsync(world.Supervisor.GetAsync($"/api/v1/survey-cards?unitId={world.Unit.Id}&date={day}"), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task R24_a_sent_card_that_cannot_reach_the_customer_is_undeliverable_and_takes_no_answer()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        using var serviceDepartment = await ClientAsAsync(Role.ServiceDepartment);
        var (_, card) = await world.SentCardOfYesterdaysCancelledCallAsync(serviceDepartment);
        card.State.Should().Be(SurveyCardState.Sent);
        var undeliverable = await ReadAsAsync<SurveyCardDto>(await serviceDepartment.PostAsJsonAsync($"/api/v1/survey-cards/{card.Id}/undeliverable", new { reason = "Returned by the post: no such address" }, Json), HttpStatusCode.OK);
        undeliverable.State.Should().Be(SurveyCardState.Undeliverable);
        (await RuleAsync(serviceDepartment.PostAsJsonAsync($"/api/v1/survey-cards/{card.Id}/response", new { attitude = "NotAnswered", technicalSkill = "NotAnswered", arrivalTime = "NotAnswered", followThrough = "NotAnswered" }, Json), HttpStatusCode.Conflict))
            .Should().Be("/problems/rules/SurveyCardMustBeSent");
    }

    [Test]
    public async Task A3_a_keyed_in_answer_is_corrected_by_a_new_entry_with_its_reason_and_the_first_answer_stays()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        using var serviceDepartment = await ClientAsAsync(Role.ServiceDepartment);
        var (_, card) = await world.SentCardOfYesterdaysCancelledCallAsync(serviceDepartment);
        var unanswered = new { attitude = "NotAnswered", technicalSkill = "NotAnswered", arrivalTime = "NotAnswered", followThrough = "NotAnswered" };
        (await RuleAsync(serviceDepartment.PostAsJsonAsync($"/api/v1/survey-cards/{card.Id}/response/corrections", new { unanswered.attitude, unanswered.technicalSkill, unanswered.arrivalTime, unanswered.followThrough, reason = "-" }, Json), HttpStatusCode.Conflict))
            .Should().Be("/problems/rules/OnlyAReturnedCardIsCorrected");
        await ExpectAsync(serviceDepartment.PostAsJsonAsync($"/api/v1/survey-cards/{card.Id}/response", new { unanswered.attitude, unanswered.technicalSkill, unanswered.arrivalTime, unanswered.followThrough, suggestion = "Call first" }, Json), HttpStatusCode.OK);

        var corrected = await ReadAsAsync<SurveyCardDto>(await serviceDepartment.PostAsJsonAsync($"/api/v1/survey-cards/{card.Id}/response/corrections", new
        {
            unanswered.attitude,
            unanswered.technicalSkill,
            unanswered.arrivalTime,
            unanswered.followThrough,
            suggestion = "Call first",
            complaint = "Nobody told me the visit was cancelled.",
            reason = "The complaint on the back of the card was missed when keying in.",
        }, Json), HttpStatusCode.OK);

        corrected.Response!.Complaint.Should().Be("Nobody told me the visit was cancelled.");
        corrected.KeyedInResponse!.Complaint.Should().BeNull("the first answer stays as it was keyed in");
        corrected.Corrections.Should().ContainSingle().Which.Reason.Should().Be("The complaint on the back of the card was missed when keying in.");
        corrected.ComplaintId.Should().NotBeNull("a complaint the correction adds opens one");
        (await Db.CountAsync($"SELECT jsonb_array_length(corrections) FROM survey_cards WHERE id = '{card.Id}'")).Should().Be(1);
        (await Db.CountAsync($"SELECT count(*) FROM complaints WHERE survey_card_id = '{card.Id}'")).Should().Be(1);

        // K2 counts the corrected answer: the daily counts moved with the correction as a recount has them.
        var (kept, recounted) = await Db.KpiCountsAsync();
        kept.Should().NotBeEmpty().And.Be(recounted);
    }
}
