using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Support;
using AfterSales.Application.Billing;
using AfterSales.Application.Calls;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Contracts;
using AfterSales.Domain.Billing;
using AfterSales.Domain.Common;
using Npgsql;
using static AfterSales.Api.Tests.Support.ServiceUnitWorld;

namespace AfterSales.Api.Tests;

/// <summary>R3, R6 b, R10, R13: fees, cash and its handover, and the feeds the accounting system pulls, to the cent.</summary>
public class MoneyTests : ApiTest
{
    private static object Signature => new { signerName = "Lin", signedAt = "2026-11-23T11:00:00+08:00" };

    private static async Task<CallDto> CompleteAsync(ServiceUnitWorld world, CallDto arrived, decimal hours, bool collected, object[]? parts = null) =>
        await ReadAsAsync<CallDto>(await world.Technician.PostAsJsonAsync($"/api/v1/calls/{arrived.Id}/complete-on-site", new
        {
            workHours = hours,
            parts = parts ?? [],
            signature = Signature,
            collectedOnSite = collected,
            notCollectedReason = collected ? null : "Customer pays by bank transfer",
        }, Json), HttpStatusCode.OK);

    private static async Task<List<InvoiceRequestDto>> AllRequestsAsync(HttpClient accountant)
    {
        var all = new List<InvoiceRequestDto>();
        string? cursor = null;
        for (var guard = 0; guard < 100; guard++)
        {
            var page = await ReadAsAsync<Page<InvoiceRequestDto>>(await accountant.GetAsync($"/api/v1/invoice-requests?limit=2{(cursor is null ? string.Empty : $"&cursor={cursor}")}"), HttpStatusCode.OK);
            all.AddRange(page.Items);
            cursor = page.NextCursor;
            if (page.Items.Count == 0)
            {
                break;
            }
        }

        return all;
    }

    [Test]
    public async Task The_feed_lag_metric_measures_how_old_the_newest_request_on_a_page_is_when_the_accounting_system_reads_it()
    {
        var lags = new System.Collections.Concurrent.ConcurrentBag<(double Seconds, string? Feed)>();
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "AfterSales" && instrument.Name == "aftersales.feed.lag")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
            lags.Add((value, tags.ToArray().Where(t => t.Key == "feed").Select(t => t.Value as string).SingleOrDefault())));
        listener.Start();
        await using var api = new AfterSalesApiFactory(Db.ConnectionString, settings: new Dictionary<string, string?> { ["RateLimiting:Enabled"] = "false" });
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var arrived = await world.ArrivedCallAsync();
        using var technician = api.CreateClient();
        technician.DefaultRequestHeaders.Authorization = world.Technician.DefaultRequestHeaders.Authorization;
        using var accountant = api.CreateClient();
        accountant.DefaultRequestHeaders.Authorization = world.Accountant.DefaultRequestHeaders.Authorization;
        await ExpectAsync(technician.PostAsJsonAsync($"/api/v1/calls/{arrived.Id}/complete-on-site", new
        {
            workHours = 1m, parts = Array.Empty<object>(), signature = Signature, collectedOnSite = false, notCollectedReason = "Customer pays by bank transfer",
        }, Json), HttpStatusCode.OK);

        api.Clock.Advance(TimeSpan.FromMinutes(10));
        var page = await ReadAsAsync<Page<InvoiceRequestDto>>(await accountant.GetAsync("/api/v1/invoice-requests?limit=200"), HttpStatusCode.OK);
        page.Items.Should().ContainSingle(r => r.CallId == arrived.Id);
        listener.Dispose();

        // The database keeps microseconds, the test clock ticks of 100 ns.
        lags.Should().Contain(l => l.Feed == "InvoiceRequests" && Math.Abs(l.Seconds - 600) < 0.001, "the request was raised ten minutes before the page was read");
    }

    [Test]
    public async Task R10_paid_call_below_the_threshold_collected_on_site_then_handed_over_to_the_cent()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var call = await CompleteAsync(world, await world.ArrivedCallAsync(), 1.5m, collected: true,
            parts: [new { partNumber = "CAP-35UF", quantity = 3, unitPrice = new { amount = 33.335m, currency = "TWD" } }]);

        // 1.5 h at TWD 800 = 1,200.00; 3 × 33.34 = 100.02; total 1,300.02.
        call.Fee.Should().Be(new AfterSales.Application.Units.MoneyDto(1300.02m, "TWD"));
        var request = (await AllRequestsAsync(world.Accountant)).Should().ContainSingle().Subject;
        request.Kind.Should().Be(InvoiceRequestKind.CollectedOnSite);
        request.Lines.Select(l => l.Amount.Amount).Should().Equal(1200m, 100.02m);
        request.Total.Amount.Should().Be(1300.02m);
        request.BillingName.Should().Be("Lin Mei-hua");
        request.CallId.Should().Be(call.Id);
        request.CertificateId.Should().Be(call.CertificateId);

        var pending = await ReadAsAsync<Page<CollectedCashDto>>(await world.Accountant.GetAsync($"/api/v1/cash-collections?technicianId={world.TechnicianId}"), HttpStatusCode.OK);
        var collection = pending.Items.Should().ContainSingle().Subject;
        collection.Amount.Amount.Should().Be(1300.02m);
        (await ReadAsAsync<Page<CollectedCashDto>>(await world.Technician.GetAsync("/api/v1/cash-collections"), HttpStatusCode.OK)).Items.Should().ContainSingle();

        var handover = await ReadAsAsync<CashHandoverDto>(await world.Accountant.PostAsJsonAsync("/api/v1/cash-handovers", new
        {
            technicianId = world.TechnicianId,
            collectionIds = new[] { collection.Id },
            countedAmount = new { amount = 1300.02m, currency = "TWD" },
        }, Json), HttpStatusCode.Created);

        handover.Amount.Amount.Should().Be(1300.02m);
        (await ReadAsAsync<Page<CollectedCashDto>>(await world.Accountant.GetAsync("/api/v1/cash-collections"), HttpStatusCode.OK)).Items.Should().BeEmpty();
        var again = await world.Accountant.PostAsJsonAsync("/api/v1/cash-handovers", new
        {
            technicianId = world.TechnicianId,
            collectionIds = new[] { collection.Id },
            countedAmount = new { amount = 1300.02m, currency = "TWD" },
        }, Json);
        (await ProblemAsync(again, HttpStatusCode.Conflict)).GetProperty("type").GetString().Should().Be("/problems/rules/CollectionIsHandedOverOnce");
        (await Db.CountAsync("SELECT count(*) FROM cash_handovers")).Should().Be(1);
    }

    [Test]
    public async Task R10_handover_that_does_not_add_up_is_refused_with_the_difference()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        await CompleteAsync(world, await world.ArrivedCallAsync(), 1m, collected: true);
        await CompleteAsync(world, await world.ArrivedCallAsync(), 2m, collected: true);
        var pending = await ReadAsAsync<Page<CollectedCashDto>>(await world.Accountant.GetAsync("/api/v1/cash-collections"), HttpStatusCode.OK);

        var response = await world.Accountant.PostAsJsonAsync("/api/v1/cash-handovers", new
        {
            technicianId = world.TechnicianId,
            collectionIds = pending.Items.Select(c => c.Id),
            countedAmount = new { amount = 2350m, currency = "TWD" },
        }, Json);

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("type").GetString().Should().Be("/problems/rules/HandoverMustMatchCollections");
        problem.GetProperty("difference").GetProperty("amount").GetDecimal().Should().Be(-50m);
        (await Db.CountAsync("SELECT count(*) FROM collected_cash WHERE handover_id IS NULL")).Should().Be(2);
        (await Db.CountAsync("SELECT count(*) FROM cash_handovers")).Should().Be(0);
    }

    [Test]
    public async Task R10_above_the_threshold_or_not_collected_raises_a_request_to_collect_and_no_cash()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        await CompleteAsync(world, await world.ArrivedCallAsync(), 5m, collected: false);

        var request = (await AllRequestsAsync(world.Accountant)).Should().ContainSingle().Subject;
        request.Kind.Should().Be(InvoiceRequestKind.ToCollect);
        request.Total.Amount.Should().Be(4000m);
        (await Db.CountAsync("SELECT count(*) FROM collected_cash")).Should().Be(0);
    }

    [Test]
    public async Task R13_R3_paid_workshop_repair_is_invoiced_on_return_and_its_parts_reach_the_inventory_feed()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var intake = await world.InWorkshopAsync(TimeSpan.FromDays(2));
        var card = intake.RepairCard.Id;
        await ExpectAsync(world.Technician.PostAsJsonAsync($"/api/v1/repair-cards/{card}/parts", new { partNumber = "RLY-220", quantity = 2, unitPrice = new { amount = 180.5m, currency = "TWD" } }, Json), HttpStatusCode.OK);
        await ExpectAsync(world.Technician.PostAsJsonAsync($"/api/v1/repair-cards/{card}/work", new { hours = 2.5m, description = "Relay", repairFinished = true }, Json), HttpStatusCode.OK);
        await ExpectAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/repair-cards/{card}/inspection", new { passed = true }, Json), HttpStatusCode.OK);
        (await AllRequestsAsync(world.Accountant)).Should().BeEmpty("nothing is invoiced before the product is returned");

        await ExpectAsync(world.Clerk.PostAsJsonAsync($"/api/v1/repair-cards/{card}/close", new { signature = new { signerName = "Lin", signedAt = ApiTestRun.Api.Clock.GetUtcNow() }, receiptNumber = intake.PickupReceipt.Number }, Json), HttpStatusCode.OK);

        var request = (await AllRequestsAsync(world.Accountant)).Should().ContainSingle().Subject;
        request.Kind.Should().Be(InvoiceRequestKind.ToCollect);
        request.Lines.Select(l => (l.Kind, l.Amount.Amount)).Should().Equal((ChargeKind.Labour, 2000m), (ChargeKind.Part, 361m));
        request.Total.Amount.Should().Be(2361m);
        var parts = await ReadAsAsync<Page<PartUsageDto>>(await world.Accountant.GetAsync("/api/v1/parts-usage"), HttpStatusCode.OK);
        parts.Items.Should().ContainSingle().Which.Should().Match<PartUsageDto>(p => p.PartNumber == "RLY-220" && p.Quantity == 2 && p.RepairCardId == card);
    }

    [Test]
    public async Task R6_free_and_contract_calls_raise_no_request_but_a_contract_term_raises_one()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var (freeCustomer, inWarranty) = await world.CustomerWithProductAsync(warrantyEndsOn: "2027-12-31");
        var freeCall = await world.RegisterCallAsync(freeCustomer.Id, inWarranty.Id);
        var (customer, certificate) = await world.CustomerWithProductAsync();
        var contract = await ReadAsAsync<ContractDto>(await world.Clerk.PostAsJsonAsync("/api/v1/contracts", new
        {
            customerId = customer.Id,
            certificateIds = new[] { certificate.Id },
            startsOn = "2026-01-01",
            endsOn = "2026-12-31",
            fee = new { amount = 4800.5m, currency = "TWD" },
        }, Json), HttpStatusCode.Created);
        var contractCall = await world.RegisterCallAsync(customer.Id, certificate.Id);

        foreach (var call in new[] { freeCall, contractCall })
        {
            await ExpectAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/calls/{call.Id}/dispatch", new { technicianId = world.TechnicianId, dispatchedAt = "2026-11-21T09:00:00+08:00" }, Json), HttpStatusCode.OK);
            var arrived = await ReadAsAsync<CallDto>(await world.Technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/arrival", new { arrivedAt = "2026-11-23T10:00:00+08:00" }, Json), HttpStatusCode.OK);
            (await CompleteAsync(world, arrived, 2m, collected: false, parts: [new { partNumber = "FUSE", quantity = 1, unitPrice = new { amount = 20, currency = "TWD" } }])).Fee.Should().BeNull();
        }

        var requests = await AllRequestsAsync(world.Accountant);
        var contractFee = requests.Should().ContainSingle().Subject;
        contractFee.Kind.Should().Be(InvoiceRequestKind.ContractFee);
        contractFee.ContractId.Should().Be(contract.Id);
        contractFee.Total.Amount.Should().Be(4800.5m);

        await ExpectAsync(world.Clerk.PostAsJsonAsync($"/api/v1/contracts/{contract.Id}/renew", new { endsOn = "2027-12-31", fee = new { amount = 5000, currency = "TWD" } }, Json), HttpStatusCode.OK);
        var afterRenewal = await AllRequestsAsync(world.Accountant);
        afterRenewal.Select(r => r.ContractTermNumber).Should().Equal(1, 2);
        var parts = await ReadAsAsync<Page<PartUsageDto>>(await world.Accountant.GetAsync("/api/v1/parts-usage"), HttpStatusCode.OK);
        parts.Items.Should().HaveCount(2, "parts used on Free and Contract work still leave stock");
    }

    [Test]
    public async Task Issuing_again_with_the_same_number_is_harmless_another_number_is_409()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        await CompleteAsync(world, await world.ArrivedCallAsync(), 1m, collected: false);
        var request = (await AllRequestsAsync(world.Accountant)).Single();

        var first = await ReadAsAsync<InvoiceRequestDto>(await world.Accountant.PostAsJsonAsync($"/api/v1/invoice-requests/{request.Id}/issue", new { invoiceNumber = "AB-12345678" }, Json), HttpStatusCode.OK);
        var repeat = await ReadAsAsync<InvoiceRequestDto>(await world.Accountant.PostAsJsonAsync($"/api/v1/invoice-requests/{request.Id}/issue", new { invoiceNumber = "AB-12345678" }, Json), HttpStatusCode.OK);
        var conflict = await world.Accountant.PostAsJsonAsync($"/api/v1/invoice-requests/{request.Id}/issue", new { invoiceNumber = "AB-99999999" }, Json);

        repeat.IssuedAt.Should().BeCloseTo(first.IssuedAt!.Value, TimeSpan.FromMilliseconds(1), "PostgreSQL keeps microseconds");
        (await ProblemAsync(conflict, HttpStatusCode.Conflict)).GetProperty("type").GetString().Should().Be("/problems/rules/InvoiceIsIssuedOnce");
        (await Db.ScalarAsync<string>($"SELECT invoice_number FROM invoice_requests WHERE id = '{request.Id}'")).Should().Be("AB-12345678");
        (await AllRequestsAsync(world.Accountant)).Single().InvoiceNumber.Should().Be("AB-12345678");
        (await Db.CountAsync($"SELECT count(*) FROM audit_entries WHERE entity = 'InvoiceRequest' AND entity_id = '{request.Id}' AND command = 'IssueInvoice'")).Should().Be(1);
    }

    [Test]
    public async Task Feed_never_skips_a_request_whose_transaction_commits_after_a_later_one()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        using var integration = await ClientAsAsync(Role.Accountant, allUnits: true);
        var (customer, certificate) = await world.CustomerWithProductAsync();

        // A slow writer: its transaction starts (and takes its id) first, and commits last.
        await using var slow = new NpgsqlConnection(Db.ConnectionString);
        await slow.OpenAsync();
        await using var slowTransaction = await slow.BeginTransactionAsync();
        var slowId = Guid.CreateVersion7();
        await using (var insert = new NpgsqlCommand(
            """
            INSERT INTO invoice_requests (id, unit_id, kind, billing_name, billing_address, currency, lines, total_amount, total_currency, raised_at)
            VALUES (@id, @unit, 'ToCollect', 'Slow writer', 'Taipei', 'TWD', '[{"kind":"Labour","description":"Labour","quantity":1,"unitPrice":{"amount":800,"currency":"TWD"}}]', 800, 'TWD', now())
            """, slow, slowTransaction))
        {
            insert.Parameters.AddWithValue("id", slowId);
            insert.Parameters.AddWithValue("unit", world.Unit.Id);
            await insert.ExecuteNonQueryAsync();
        }

        // A fast writer starts after it and commits first.
        var contract = await ReadAsAsync<ContractDto>(await world.Clerk.PostAsJsonAsync("/api/v1/contracts", new
        {
            customerId = customer.Id,
            certificateIds = new[] { certificate.Id },
            startsOn = "2026-01-01",
            endsOn = "2026-12-31",
            fee = new { amount = 4800, currency = "TWD" },
        }, Json), HttpStatusCode.Created);

        var whileSlowRuns = await ReadAsAsync<Page<InvoiceRequestDto>>(await integration.GetAsync("/api/v1/invoice-requests"), HttpStatusCode.OK);
        whileSlowRuns.Items.Should().BeEmpty("the fast request must wait behind the older transaction still running");

        await slowTransaction.CommitAsync();
        var afterCommit = await ReadAsAsync<Page<InvoiceRequestDto>>(await integration.GetAsync($"/api/v1/invoice-requests?cursor={whileSlowRuns.NextCursor}"), HttpStatusCode.OK);

        afterCommit.Items.Select(r => r.Id).Should().HaveCount(2).And.StartWith(slowId);
        afterCommit.Items[1].ContractId.Should().Be(contract.Id);
        var caughtUp = await ReadAsAsync<Page<InvoiceRequestDto>>(await integration.GetAsync($"/api/v1/invoice-requests?cursor={afterCommit.NextCursor}"), HttpStatusCode.OK);
        caughtUp.Items.Should().BeEmpty();
    }

    [Test]
    public async Task Feed_read_page_by_page_while_requests_are_written_concurrently_loses_and_repeats_nothing()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        using var integration = await ClientAsAsync(Role.Accountant, allUnits: true);
        var customers = new List<(Guid Customer, Guid Certificate)>();
        for (var i = 0; i < 24; i++)
        {
            var (customer, certificate) = await world.CustomerWithProductAsync();
            customers.Add((customer.Id, certificate.Id));
        }

        var writers = Task.WhenAll(customers.Select(async c =>
        {
            using var clerk = await ClientAsAsync(Role.Clerk, world.Unit.Id);
            var response = await clerk.PostAsJsonAsync("/api/v1/contracts", new
            {
                customerId = c.Customer,
                certificateIds = new[] { c.Certificate },
                startsOn = "2026-01-01",
                endsOn = "2026-12-31",
                fee = new { amount = 1000, currency = "TWD" },
            }, Json);
            response.StatusCode.Should().Be(HttpStatusCode.Created);
        }));

        var seen = new List<Guid>();
        string? cursor = null;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (seen.Count < customers.Count && DateTime.UtcNow < deadline)
        {
            var page = await ReadAsAsync<Page<InvoiceRequestDto>>(await integration.GetAsync($"/api/v1/invoice-requests?limit=3{(cursor is null ? string.Empty : $"&cursor={cursor}")}"), HttpStatusCode.OK);
            seen.AddRange(page.Items.Select(r => r.Id));
            cursor = page.NextCursor;
            if (page.Items.Count == 0)
            {
                await Task.Delay(20);
            }
        }

        await writers;
        var written = await Db.CountAsync("SELECT count(*) FROM invoice_requests");
        written.Should().Be(customers.Count);
        seen.Should().OnlyHaveUniqueItems().And.HaveCount(customers.Count);
    }

    [Test]
    public async Task A_units_accountant_sees_only_their_unit_the_integration_sees_all()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        using var other = await CreateAsync(admin, "TXG");
        using var integration = await ClientAsAsync(Role.Accountant, allUnits: true);
        await CompleteAsync(world, await world.ArrivedCallAsync(), 1m, collected: false);
        await CompleteAsync(other, await other.ArrivedCallAsync(), 1m, collected: false);

        (await AllRequestsAsync(world.Accountant)).Should().ContainSingle().Which.UnitId.Should().Be(world.Unit.Id);
        (await AllRequestsAsync(integration)).Should().HaveCount(2);
        var theirs = (await AllRequestsAsync(other.Accountant)).Single();
        await ProblemAsync(await world.Accountant.PostAsJsonAsync($"/api/v1/invoice-requests/{theirs.Id}/issue", new { invoiceNumber = "X-1" }, Json), HttpStatusCode.NotFound);
        await ProblemAsync(await world.Clerk.GetAsync("/api/v1/invoice-requests"), HttpStatusCode.Forbidden);
        await ProblemAsync(await world.Clerk.GetAsync("/api/v1/parts-usage"), HttpStatusCode.Forbidden);
        await ProblemAsync(await world.Accountant.GetAsync($"/api/v1/invoice-requests?unitId={other.Unit.Id}"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task R4_an_accountant_cannot_take_over_another_units_cash()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        using var other = await CreateAsync(admin, "TXG");
        await CompleteAsync(other, await other.ArrivedCallAsync(), 1m, collected: true);
        var theirs = (await ReadAsAsync<Page<CollectedCashDto>>(await other.Accountant.GetAsync("/api/v1/cash-collections"), HttpStatusCode.OK)).Items.Single();

        var response = await world.Accountant.PostAsJsonAsync("/api/v1/cash-handovers", new
        {
            technicianId = other.TechnicianId,
            collectionIds = new[] { theirs.Id },
            countedAmount = theirs.Amount,
        }, Json);

        await ProblemAsync(response, HttpStatusCode.NotFound);
        (await ReadAsAsync<Page<CollectedCashDto>>(await world.Accountant.GetAsync("/api/v1/cash-collections"), HttpStatusCode.OK)).Items.Should().BeEmpty();
        await ProblemAsync(await world.Technician.PostAsJsonAsync("/api/v1/cash-handovers", new { technicianId = world.TechnicianId, collectionIds = new[] { theirs.Id }, countedAmount = theirs.Amount }, Json), HttpStatusCode.Forbidden);
        (await Db.CountAsync("SELECT count(*) FROM collected_cash WHERE handover_id IS NULL")).Should().Be(1);
    }
}
