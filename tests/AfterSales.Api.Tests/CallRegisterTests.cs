using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Support;
using AfterSales.Application.Calls;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Contracts;
using AfterSales.Application.Customers;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Common;
using static AfterSales.Api.Tests.Support.ServiceUnitWorld;

namespace AfterSales.Api.Tests;

/// <summary>The register, the dispatch queue (R18) and entitlement (R6) through real HTTP.</summary>
public class CallRegisterTests : ApiTest
{
    [Test]
    public async Task R18_dispatch_queue_puts_carried_over_calls_first_then_the_oldest()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var justNow = ApiTestRun.Api.Clock.GetUtcNow().AddMinutes(-1).ToString("O");
        var fresh = await world.NewCallAsync(justNow);
        var tenDaysOld = await world.NewCallAsync(ApiTestRun.Api.Clock.GetUtcNow().AddDays(-10).ToString("O"));
        var fortnightOld = await world.NewCallAsync(ApiTestRun.Api.Clock.GetUtcNow().AddDays(-14).ToString("O"));
        var dispatched = await world.NewCallAsync(ApiTestRun.Api.Clock.GetUtcNow().AddDays(-20).ToString("O"));
        await ExpectAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/calls/{dispatched.Id}/dispatch", new { technicianId = world.TechnicianId }, Json), HttpStatusCode.OK);

        var queue = await ReadAsAsync<Page<CallDto>>(await world.Supervisor.GetAsync("/api/v1/calls?status=Registered"), HttpStatusCode.OK);

        queue.Items.Select(c => c.Id).Should().Equal(fortnightOld.Id, tenDaysOld.Id, fresh.Id);
        queue.Items.Select(c => c.Priority).Should().Equal(true, true, false);

        var seen = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await ReadAsAsync<Page<CallDto>>(await world.Supervisor.GetAsync($"/api/v1/calls?status=Registered&limit=1{(cursor is null ? string.Empty : $"&cursor={cursor}")}"), HttpStatusCode.OK);
            seen.AddRange(page.Items.Select(c => c.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        seen.Should().Equal(fortnightOld.Id, tenDaysOld.Id, fresh.Id);
        var priorityOnly = await ReadAsAsync<Page<CallDto>>(await world.Supervisor.GetAsync("/api/v1/calls?priority=true"), HttpStatusCode.OK);
        priorityOnly.Items.Select(c => c.Id).Should().Equal(fortnightOld.Id, tenDaysOld.Id);
        var notPriority = await ReadAsAsync<Page<CallDto>>(await world.Supervisor.GetAsync("/api/v1/calls?priority=false"), HttpStatusCode.OK);
        notPriority.Items.Select(c => c.Id).Should().Equal(dispatched.Id, fresh.Id);
    }

    [Test]
    public async Task R8_register_keeps_the_customer_as_they_were_at_the_call_and_numbers_are_unique_per_unit()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        using var other = await CreateAsync(admin, "TXG");

        var first = await world.NewCallAsync("2026-11-20T09:00:00+08:00");
        var second = await world.NewCallAsync("2026-11-20T23:30:00+08:00");
        var elsewhere = await other.NewCallAsync();

        first.Number.Should().Be("TPE-2026-000001");
        second.Number.Should().Be("TPE-2026-000002");
        elsewhere.Number.Should().Be("TXG-2026-000001");
        var onDate = await ReadAsAsync<Page<CallDto>>(await world.Clerk.GetAsync("/api/v1/calls?date=2026-11-20"), HttpStatusCode.OK);
        onDate.Items.Select(c => c.Number).Should().Equal("TPE-2026-000001", "TPE-2026-000002");
        (await ReadAsAsync<Page<CallDto>>(await world.Clerk.GetAsync("/api/v1/calls?date=2026-11-21"), HttpStatusCode.OK)).Items.Should().BeEmpty();
    }

    [Test]
    public async Task Register_pages_by_time_received_without_repeating_or_skipping()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var registered = new List<Guid>();
        foreach (var hour in new[] { 9, 11, 10, 15, 13 })
        {
            registered.Add((await world.NewCallAsync($"2026-11-18T{hour:D2}:00:00+08:00")).Id);
        }

        var seen = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await ReadAsAsync<Page<CallDto>>(await world.Clerk.GetAsync($"/api/v1/calls?limit=2{(cursor is null ? string.Empty : $"&cursor={cursor}")}"), HttpStatusCode.OK);
            seen.AddRange(page.Items.Select(c => c.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        seen.Should().Equal(registered[0], registered[2], registered[1], registered[4], registered[3]);
    }

    [Test]
    public async Task R6_entitlement_free_in_warranty_contract_when_covered_paid_otherwise_and_override_with_reason()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");

        var (inWarrantyCustomer, inWarranty) = await world.CustomerWithProductAsync(warrantyEndsOn: "2027-01-31");
        (await world.RegisterCallAsync(inWarrantyCustomer.Id, inWarranty.Id)).ServiceType.Should().Be(ServiceType.Free);

        var (customer, certificate) = await world.CustomerWithProductAsync();
        (await world.RegisterCallAsync(customer.Id, certificate.Id)).ServiceType.Should().Be(ServiceType.Paid);

        var contract = await ReadAsAsync<ContractDto>(await world.Clerk.PostAsJsonAsync("/api/v1/contracts", new
        {
            customerId = customer.Id,
            certificateIds = new[] { certificate.Id },
            startsOn = "2026-01-01",
            endsOn = "2026-12-31",
            fee = new { amount = 4800, currency = "TWD" },
        }, Json), HttpStatusCode.Created);
        (await world.RegisterCallAsync(customer.Id, certificate.Id)).ServiceType.Should().Be(ServiceType.Contract);
        (await world.RegisterCallAsync(customer.Id, certificate.Id, receivedAt: "2025-12-31T10:00:00+08:00")).ServiceType.Should().Be(ServiceType.Free);

        var overridden = await world.RegisterCallAsync(customer.Id, certificate.Id, serviceTypeOverride: new { serviceType = "Free", reason = "Repeat fault within 30 days" });
        overridden.ServiceType.Should().Be(ServiceType.Free);
        overridden.ServiceTypeOverrideReason.Should().Be("Repeat fault within 30 days");

        var renewed = await ReadAsAsync<ContractDto>(await world.Clerk.PostAsJsonAsync($"/api/v1/contracts/{contract.Id}/renew", new { endsOn = "2027-12-31", fee = new { amount = 5000, currency = "TWD" } }, Json), HttpStatusCode.OK);
        renewed.Terms.Should().HaveCount(2);
        renewed.Terms[1].StartsOn.Should().Be(new DateOnly(2027, 1, 1));
        var ending = await ReadAsAsync<Page<ContractDto>>(await world.Clerk.GetAsync("/api/v1/contracts?endingBefore=2028-01-01"), HttpStatusCode.OK);
        ending.Items.Should().ContainSingle().Which.Id.Should().Be(contract.Id);
        (await ReadAsAsync<Page<ContractDto>>(await world.Clerk.GetAsync("/api/v1/contracts?endingBefore=2027-12-31"), HttpStatusCode.OK)).Items.Should().BeEmpty();
    }

    [Test]
    public async Task Override_without_a_reason_is_400()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var (customer, certificate) = await world.CustomerWithProductAsync();

        var response = await world.Clerk.PostAsJsonAsync("/api/v1/calls", new
        {
            customerId = customer.Id,
            certificateId = certificate.Id,
            channel = "Phone",
            receivedAt = "2026-11-20T16:00:00+08:00",
            problem = "Noise",
            serviceTypeOverride = new { serviceType = "Free", reason = "" },
        }, Json);

        await ProblemAsync(response, HttpStatusCode.BadRequest);
        (await Db.CountAsync("SELECT count(*) FROM repair_calls")).Should().Be(0);
    }

    [Test]
    public async Task A_later_change_of_customer_does_not_rewrite_the_register_and_search_finds_customers()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var call = await world.NewCallAsync();
        await Db.CountAsync($"UPDATE customers SET name = 'Renamed' WHERE id = '{call.CustomerId}' RETURNING 1");

        var read = await ReadAsAsync<CallDto>(await world.Clerk.GetAsync($"/api/v1/calls/{call.Id}"), HttpStatusCode.OK);

        read.CustomerName.Should().Be("Lin Mei-hua");
        var found = await ReadAsAsync<Page<CustomerDto>>(await world.Clerk.GetAsync("/api/v1/customers?search=renam"), HttpStatusCode.OK);
        found.Items.Should().ContainSingle().Which.Id.Should().Be(call.CustomerId);
        (await ReadAsAsync<Page<CustomerDto>>(await world.Clerk.GetAsync("/api/v1/customers?search=2345-6789"), HttpStatusCode.OK)).Items.Should().HaveCount(1);
    }
}
