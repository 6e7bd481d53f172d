using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Support;
using AfterSales.Application.Billing;
using AfterSales.Application.Calls;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Contracts;
using AfterSales.Domain.Billing;
using AfterSales.Domain.Common;
using static AfterSales.Api.Tests.Support.ServiceUnitWorld;

namespace AfterSales.Api.Tests;

/// <summary>
/// The call path as the regulation reads it: times told after the fact keep when they were recorded
/// and stay in order (R19, R9, R11, R12), R10's collection is the rule, R11's product is in transit
/// until the clerk receives it.
/// </summary>
public class CallPathTests : ApiTest
{

    [Test]
    public async Task R19_an_arrival_before_the_dispatch_is_refused_and_changes_nothing()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var call = await world.NewCallAsync();
        await ExpectAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/calls/{call.Id}/dispatch", new { technicianId = world.TechnicianId, dispatchedAt = "2026-11-23T11:00:00+08:00" }, Json), HttpStatusCode.OK);
        var before = await Db.FingerprintAsync();

        (await RuleAsync(world.Technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/arrival", new { arrivedAt = "2026-11-23T10:00:00+08:00" }, Json), HttpStatusCode.UnprocessableEntity))
            .Should().Be("/problems/rules/ClaimedTimeCannotPrecedeThePreviousStep");
        (await RuleAsync(world.Technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/arrival", new { arrivedAt = ApiTestRun.Api.Clock.GetUtcNow().AddHours(1) }, Json), HttpStatusCode.UnprocessableEntity))
            .Should().Be("/problems/rules/ClaimedTimeCannotBeInTheFuture");
        (await Db.FingerprintAsync()).Should().Be(before);

        var arrived = await ReadAsAsync<CallDto>(await world.Technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/arrival", new { arrivedAt = "2026-11-23T11:30:00+08:00" }, Json), HttpStatusCode.OK);
        arrived.ArrivedAt.Should().Be(DateTimeOffset.Parse("2026-11-23T11:30:00+08:00", System.Globalization.CultureInfo.InvariantCulture));
        arrived.ArrivalRecordedAt.Should().BeCloseTo(ApiTestRun.Api.Clock.GetUtcNow(), TimeSpan.FromMilliseconds(1));
    }

    [Test]
    public async Task R8_a_dispatch_recorded_after_the_fact_keeps_both_times_and_is_never_in_the_future()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var call = await world.NewCallAsync();

        (await RuleAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/calls/{call.Id}/dispatch", new { technicianId = world.TechnicianId, dispatchedAt = ApiTestRun.Api.Clock.GetUtcNow().AddDays(1) }, Json), HttpStatusCode.UnprocessableEntity))
            .Should().Be("/problems/rules/ClaimedTimeCannotBeInTheFuture");
        (await RuleAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/calls/{call.Id}/dispatch", new { technicianId = world.TechnicianId, dispatchedAt = "2026-11-20T15:00:00+08:00" }, Json), HttpStatusCode.UnprocessableEntity))
            .Should().Be("/problems/rules/ClaimedTimeCannotPrecedeThePreviousStep");

        var dispatched = await ReadAsAsync<CallDto>(await world.Supervisor.PostAsJsonAsync($"/api/v1/calls/{call.Id}/dispatch", new { technicianId = world.TechnicianId, dispatchedAt = "2026-11-20T16:30:00+08:00" }, Json), HttpStatusCode.OK);
        dispatched.DispatchedAt.Should().Be(DateTimeOffset.Parse("2026-11-20T16:30:00+08:00", System.Globalization.CultureInfo.InvariantCulture));
        dispatched.DispatchRecordedAt.Should().BeCloseTo(ApiTestRun.Api.Clock.GetUtcNow(), TimeSpan.FromMilliseconds(1));
    }

    [TestCase("complete-on-site")]
    [TestCase("take-to-workshop")]
    public async Task R9_R11_a_signature_dated_days_ahead_is_refused_and_changes_nothing(string step)
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var call = await world.ArrivedCallAsync();
        var before = await Db.FingerprintAsync();
        var signature = new { signerName = "Lin", signedAt = ApiTestRun.Api.Clock.GetUtcNow().AddDays(3) };
        object body = step == "complete-on-site"
            ? new { workHours = 1, parts = Array.Empty<object>(), signature, collectedOnSite = true }
            : new { promisedCompletionAt = ApiTestRun.Api.Clock.GetUtcNow().AddDays(5), signature };

        (await RuleAsync(world.Technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/{step}", body, Json), HttpStatusCode.UnprocessableEntity))
            .Should().Be("/problems/rules/ClaimedTimeCannotBeInTheFuture");
        (await Db.FingerprintAsync()).Should().Be(before);
    }

    [Test]
    public async Task R10_not_collecting_a_fee_within_the_threshold_needs_a_reason_shown_to_the_accountant()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var call = await world.ArrivedCallAsync();
        var signature = new { signerName = "Lin", signedAt = "2026-11-23T11:00:00+08:00" };
        var before = await Db.FingerprintAsync();

        (await RuleAsync(world.Technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/complete-on-site", new { workHours = 1, parts = Array.Empty<object>(), signature, collectedOnSite = false }, Json), HttpStatusCode.UnprocessableEntity))
            .Should().Be("/problems/rules/UncollectedFeeNeedsAReason");
        (await Db.FingerprintAsync()).Should().Be(before);

        var completed = await ReadAsAsync<CallDto>(await world.Technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/complete-on-site", new
        {
            workHours = 1,
            parts = Array.Empty<object>(),
            signature,
            collectedOnSite = false,
            notCollectedReason = "Company customer: pays by transfer against invoice",
        }, Json), HttpStatusCode.OK);
        completed.NotCollectedReason.Should().Be("Company customer: pays by transfer against invoice");
        var request = (await ReadAsync<Page<InvoiceRequestDto>>(await world.Accountant.GetAsync("/api/v1/invoice-requests"))).Items.Single();
        request.Kind.Should().Be(InvoiceRequestKind.ToCollect);
        request.NotCollectedReason.Should().Be("Company customer: pays by transfer against invoice");
    }

    [Test]
    public async Task R11_the_clerk_receives_the_product_once_and_only_a_product_in_transit()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var arrived = await world.ArrivedCallAsync();
        await ExpectAsync(world.Clerk.PostAsJsonAsync($"/api/v1/calls/{arrived.Id}/receive-into-workshop", new { }, Json), HttpStatusCode.Conflict);
        var pickup = await world.PickedUpAsync(TimeSpan.FromDays(2));
        var before = await Db.FingerprintAsync();

        await ExpectAsync(world.Technician.PostAsJsonAsync($"/api/v1/calls/{pickup.Call.Id}/receive-into-workshop", new { }, Json), HttpStatusCode.Forbidden);
        (await RuleAsync(world.Clerk.PostAsJsonAsync($"/api/v1/calls/{pickup.Call.Id}/receive-into-workshop", new { receivedAt = ApiTestRun.Api.Clock.GetUtcNow().AddHours(2) }, Json), HttpStatusCode.UnprocessableEntity))
            .Should().Be("/problems/rules/ClaimedTimeCannotBeInTheFuture");
        (await Db.FingerprintAsync()).Should().Be(before);

        await ExpectAsync(world.Clerk.PostAsync($"/api/v1/calls/{pickup.Call.Id}/receive-into-workshop", null), HttpStatusCode.OK);
        (await RuleAsync(world.Clerk.PostAsJsonAsync($"/api/v1/calls/{pickup.Call.Id}/receive-into-workshop", new { }, Json), HttpStatusCode.Conflict))
            .Should().Be("/problems/rules/ProductMustBeInTransit");
        (await Db.CountAsync($"SELECT count(*) FROM product_movements WHERE call_id = '{pickup.Call.Id}'")).Should().Be(1);
    }

    [Test]
    public async Task R20_contracts_are_listed_by_end_date_across_pages()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var ends = new[] { "2027-06-30", "2026-12-31", "2027-01-31", "2026-12-31", "2028-03-31" };
        foreach (var endsOn in ends)
        {
            var (customer, certificate) = await world.CustomerWithProductAsync();
            await ExpectAsync(world.Clerk.PostAsJsonAsync("/api/v1/contracts", new
            {
                customerId = customer.Id,
                certificateIds = new[] { certificate.Id },
                startsOn = "2026-01-01",
                endsOn,
                fee = new { amount = 0, currency = "TWD" },
            }, Json), HttpStatusCode.Created);
        }

        var listed = new List<ContractDto>();
        string? cursor = null;
        do
        {
            var page = await ReadAsync<Page<ContractDto>>(await ExpectAsync(world.Clerk.GetAsync($"/api/v1/contracts?limit=2{(cursor is null ? string.Empty : "&cursor=" + cursor)}"), HttpStatusCode.OK));
            listed.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        listed.Select(c => c.EndsOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .Should().Equal("2026-12-31", "2026-12-31", "2027-01-31", "2027-06-30", "2028-03-31");
        listed.Select(c => c.Id).Should().OnlyHaveUniqueItems();
        await ExpectAsync(world.Clerk.GetAsync("/api/v1/contracts?cursor=AAAA"), HttpStatusCode.BadRequest);
    }
}
