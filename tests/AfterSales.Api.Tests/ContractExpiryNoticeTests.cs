using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Support;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Contracts;
using AfterSales.Domain.Common;
using AfterSales.Domain.Contracts;
using static AfterSales.Api.Tests.Support.ServiceUnitWorld;

namespace AfterSales.Api.Tests;

/// <summary>R20 through HTTP: one expiry notice per contract term, due a month before it ends, sent, assigned and settled.</summary>
public class ContractExpiryNoticeTests : ApiTest
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(ApiTestRun.Api.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Taipei")).DateTime);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<ContractDto> SignAsync(ServiceUnitWorld world, DateOnly endsOn)
    {
        var (customer, certificate) = await world.CustomerWithProductAsync();
        return await ReadAsAsync<ContractDto>(await world.Clerk.PostAsJsonAsync("/api/v1/contracts", new
        {
            customerId = customer.Id,
            certificateIds = new[] { certificate.Id },
            startsOn = Iso(Today.AddMonths(-11)),
            endsOn = Iso(endsOn),
            fee = new { amount = 4800, currency = "TWD" },
        }, Json), HttpStatusCode.Created);
    }

    private static async Task<List<ExpiryNoticeDto>> NoticesAsync(HttpClient client, string? status = null) =>
        (await ReadAsAsync<Page<ExpiryNoticeDto>>(await client.GetAsync($"/api/v1/contract-expiry-notices{(status is null ? "" : "?status=" + status)}"), HttpStatusCode.OK)).Items.ToList();

    private static Task<HttpResponseMessage> RenewAsync(ServiceUnitWorld world, ContractDto contract) =>
        world.Clerk.PostAsJsonAsync($"/api/v1/contracts/{contract.Id}/renew", new { endsOn = Iso(contract.EndsOn.AddYears(1)), fee = new { amount = 5000, currency = "TWD" } }, Json);

    [Test]
    public async Task R20_a_term_with_less_than_a_month_left_is_due_at_once_then_assigned_sent_and_renewed()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        using var other = await CreateAsync(admin, "TXG");
        var contract = await SignAsync(world, Today.AddDays(20));

        var notice = (await NoticesAsync(world.Clerk, "due")).Single();
        (notice.ContractId, notice.TermNumber, notice.DueOn, notice.State).Should().Be((contract.Id, 1, Today, ExpiryNoticeState.Due));

        (await RuleAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/contract-expiry-notices/{notice.Id}/assign", new { staffId = other.TechnicianId }, Json), HttpStatusCode.UnprocessableEntity))
            .Should().Be("/problems/rules/RenewalSeekerMustServeTheUnit");
        var assigned = await ReadAsAsync<ExpiryNoticeDto>(await world.Supervisor.PostAsJsonAsync($"/api/v1/contract-expiry-notices/{notice.Id}/assign", new { staffId = world.OtherTechnicianId }, Json), HttpStatusCode.OK);
        (assigned.AssigneeId, assigned.State).Should().Be((world.OtherTechnicianId, ExpiryNoticeState.Due), "the renewal may be assigned before the notice goes out");

        (await RuleAsync(world.Clerk.PostAsJsonAsync($"/api/v1/contract-expiry-notices/{notice.Id}/send", new { sentOn = Iso(Today.AddDays(1)), channel = "Mail" }, Json), HttpStatusCode.UnprocessableEntity))
            .Should().Be("/problems/rules/NoticeIsSentFromItsDueDate");
        var sent = await ReadAsAsync<ExpiryNoticeDto>(await world.Clerk.PostAsJsonAsync($"/api/v1/contract-expiry-notices/{notice.Id}/send", new { sentOn = Iso(Today), channel = "Mail" }, Json), HttpStatusCode.OK);
        (sent.State, sent.Channel, sent.SentOn).Should().Be((ExpiryNoticeState.Sent, NoticeChannel.Mail, Today));

        await ExpectAsync(RenewAsync(world, contract), HttpStatusCode.OK);
        var notices = await NoticesAsync(world.Supervisor);
        notices.Single(n => n.TermNumber == 1).Should().Match<ExpiryNoticeDto>(n => n.State == ExpiryNoticeState.Renewed && n.RenewalTermNumber == 2);
        notices.Single(n => n.TermNumber == 2).State.Should().Be(ExpiryNoticeState.Upcoming, "the new term's notice is made with it");
        (await Db.CountAsync($"SELECT count(*) FROM contract_expiry_notices WHERE contract_id = '{contract.Id}'")).Should().Be(2);

        // One notice per term is the database's rule too, not only the code's.
        var duplicate = async () => await Db.ExecuteAsync($"""
            INSERT INTO contract_expiry_notices (id, unit_id, contract_id, contract_number, customer_id, term_number, term_ends_on, due_on)
            SELECT gen_random_uuid(), unit_id, contract_id, contract_number, customer_id, term_number, term_ends_on, due_on
            FROM contract_expiry_notices WHERE contract_id = '{contract.Id}' AND term_number = 1
            """);
        (await duplicate.Should().ThrowAsync<Npgsql.PostgresException>()).Which.SqlState.Should().Be("23505");

        await ExpectAsync(other.Clerk.PostAsJsonAsync($"/api/v1/contract-expiry-notices/{notice.Id}/send", new { sentOn = Iso(Today), channel = "Mail" }, Json), HttpStatusCode.NotFound);
        (await NoticesAsync(other.Clerk)).Should().BeEmpty();
    }

    [Test]
    public async Task R20_renewing_before_the_due_date_means_no_notice_for_that_term()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var contract = await SignAsync(world, Today.AddYears(1));
        var notice = (await NoticesAsync(world.Clerk)).Single();
        notice.State.Should().Be(ExpiryNoticeState.Upcoming);
        notice.DueOn.Should().BeOnOrBefore(Today.AddYears(1).AddMonths(-1)).And.BeAfter(Today.AddYears(1).AddMonths(-1).AddDays(-3), "a month before the end, moved back over a weekend at most");
        (await RuleAsync(world.Clerk.PostAsJsonAsync($"/api/v1/contract-expiry-notices/{notice.Id}/send", new { sentOn = Iso(Today), channel = "Email" }, Json), HttpStatusCode.UnprocessableEntity))
            .Should().Be("/problems/rules/NoticeIsSentFromItsDueDate");

        await ExpectAsync(RenewAsync(world, contract), HttpStatusCode.OK);

        var settled = (await NoticesAsync(world.Clerk, "not-needed")).Single();
        (settled.Id, settled.Outcome, settled.RenewalTermNumber).Should().Be((notice.Id, ExpiryNoticeOutcome.NotNeeded, 2));
        (await RuleAsync(world.Clerk.PostAsJsonAsync($"/api/v1/contract-expiry-notices/{notice.Id}/send", new { sentOn = Iso(Today), channel = "Email" }, Json), HttpStatusCode.Conflict))
            .Should().Be("/problems/rules/NoticeMustBeOpen");
    }

    [Test]
    public async Task R20_a_customer_who_declines_is_recorded_with_the_reason_and_renewed_is_never_keyed_in()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        await SignAsync(world, Today.AddDays(10));
        var notice = (await NoticesAsync(world.Clerk)).Single();

        (await RuleAsync(world.Clerk.PostAsJsonAsync($"/api/v1/contract-expiry-notices/{notice.Id}/outcome", new { outcome = "Renewed", reason = "-" }, Json), HttpStatusCode.BadRequest))
            .Should().Be("/problems/validation");
        var declined = await ReadAsync<ExpiryNoticeDto>(await world.Supervisor.PostAsJsonAsync($"/api/v1/contract-expiry-notices/{notice.Id}/outcome", new { outcome = "Declined", reason = "Replacing the unit next year" }, Json));
        (declined.State, declined.DeclineReason).Should().Be((ExpiryNoticeState.Declined, "Replacing the unit next year"));
        (await NoticesAsync(world.Clerk, "due")).Should().BeEmpty();
        await ExpectAsync(world.Technician.GetAsync("/api/v1/contract-expiry-notices"), HttpStatusCode.Forbidden);

        // By due date, page by page.
        await SignAsync(world, Today.AddMonths(6));
        await SignAsync(world, Today.AddDays(5));
        var first = await ReadAsAsync<Page<ExpiryNoticeDto>>(await world.Clerk.GetAsync("/api/v1/contract-expiry-notices?limit=2"), HttpStatusCode.OK);
        var rest = await ReadAsAsync<Page<ExpiryNoticeDto>>(await world.Clerk.GetAsync($"/api/v1/contract-expiry-notices?limit=2&cursor={first.NextCursor}"), HttpStatusCode.OK);
        first.Items.Concat(rest.Items).Select(n => n.DueOn).Should().BeInAscendingOrder().And.HaveCount(3);
        rest.NextCursor.Should().BeNull();
    }

    [Test]
    public async Task R20_two_clerks_sending_the_same_notice_at_once_send_it_once()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var secondClerk = await ClientForStaffAsync((await admin.HireAsync(world.Unit.Id, Role.Clerk)).Id);
        await SignAsync(world, Today.AddDays(10));
        var notice = (await NoticesAsync(world.Clerk)).Single();

        var responses = await Task.WhenAll(
            world.Clerk.PostAsJsonAsync($"/api/v1/contract-expiry-notices/{notice.Id}/send", new { sentOn = Iso(Today), channel = "Mail" }, Json),
            secondClerk.PostAsJsonAsync($"/api/v1/contract-expiry-notices/{notice.Id}/send", new { sentOn = Iso(Today), channel = "Fax" }, Json));

        responses.Select(r => r.StatusCode).Should().BeEquivalentTo([HttpStatusCode.OK, HttpStatusCode.Conflict]);
        (await Db.CountAsync($"SELECT count(*) FROM contract_expiry_notices WHERE id = '{notice.Id}' AND sent_on IS NOT NULL")).Should().Be(1);
        (await Db.CountAsync("SELECT count(*) FROM contract_expiry_notices")).Should().Be(1);
        secondClerk.Dispose();
    }
}
