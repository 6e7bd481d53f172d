using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using AfterSales.Api.Tests.Support;
using AfterSales.Application.Billing;
using AfterSales.Application.Calls;
using AfterSales.Application.Common.Paging;
using AfterSales.Domain.Common;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AfterSales.Api.Tests;

/// <summary>
/// What a careless or hostile client sends is a 4xx problem that changes nothing, never a 500 or a
/// false "database unavailable"; claims are read exactly; another unit's record stays a 404.
/// </summary>
public class HardeningTests : ApiTest
{
    private static object Signature => new { signerName = "Lin", signedAt = "2026-11-23T11:00:00+08:00" };

    private static async Task<string> RefusedAsync(Task<HttpResponseMessage> call, HttpStatusCode expected = HttpStatusCode.BadRequest)
    {
        var response = await call;
        var problem = await ProblemAsync(response, expected);
        return problem.GetRawText();
    }

    [TestCase("/api/v1/customers", "name")]
    [TestCase("/api/v1/staff", "name")]
    public async Task NUL_in_a_json_string_is_400_and_stores_nothing(string route, string field)
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await ServiceUnitWorld.CreateAsync(admin, "TPE");
        var before = await Db.FingerprintAsync();
        var client = route.Contains("staff", StringComparison.Ordinal) ? admin : world.Clerk;
        object body = route.Contains("staff", StringComparison.Ordinal)
            ? new { unitId = world.Unit.Id, name = "Chen\u0000Wei", roles = new[] { "Clerk" } }
            : new { name = "Lin\u0000Mei", address = "Taipei", telephone = "02-1234", zone = "Urban" };

        var problem = await RefusedAsync(client.PostAsJsonAsync(route, body, Json));

        problem.Should().Contain(field).And.Contain("control characters");
        (await Db.FingerprintAsync()).Should().Be(before);
    }

    [Test]
    public async Task NUL_in_part_numbers_and_notes_is_400_not_500()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await ServiceUnitWorld.CreateAsync(admin, "TPE");
        var call = await world.ArrivedCallAsync();
        var before = await Db.FingerprintAsync();

        await RefusedAsync(world.Technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/complete-on-site", new
        {
            workHours = 1,
            parts = new[] { new { partNumber = "CAP\u0000", quantity = 1, unitPrice = new { amount = 10, currency = "TWD" } } },
            signature = Signature,
            collectedOnSite = true,
        }, Json));
        await RefusedAsync(world.Clerk.PostAsJsonAsync($"/api/v1/calls/{call.Id}/cancel", new { reason = "dup\u0000licate" }, Json));

        (await Db.FingerprintAsync()).Should().Be(before);
    }

    [TestCase("/api/v1/customers?search=a%00b")]
    [TestCase("/api/v1/audit?entity=%00&id=01930000-0000-7000-8000-000000000001")]
    public async Task NUL_in_a_query_parameter_is_400_not_a_false_503(string url)
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await ServiceUnitWorld.CreateAsync(admin, "TPE");
        var client = url.Contains("audit", StringComparison.Ordinal) ? admin : world.Clerk;

        await RefusedAsync(client.GetAsync(url));
    }

    [Test]
    public async Task Nulls_inside_arrays_are_400_naming_the_item()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await ServiceUnitWorld.CreateAsync(admin, "TPE");
        var unitId = world.Unit.Id;
        var before = await Db.FingerprintAsync();

        (await RefusedAsync(admin.PutAsync($"/api/v1/units/{unitId}/calendar", JsonBody("""{"timeZone":"Asia/Taipei","weeklyHours":[null]}"""))))
            .Should().Contain("calendar.weeklyHours[0]");
        (await RefusedAsync(admin.PutAsync($"/api/v1/units/{unitId}/calendar", JsonBody("""{"timeZone":"Asia/Taipei","weeklyHours":[{"day":"Monday","hours":[null]}]}"""))))
            .Should().Contain("hours[0]");
        await RefusedAsync(admin.PutAsync($"/api/v1/units/{unitId}/calendar", JsonBody("""{"timeZone":"Asia/Taipei","weeklyHours":[],"holidays":[null],"extraWorkingDays":[null]}""")));
        await RefusedAsync(admin.PostAsync("/api/v1/units", JsonBody("""{"name":"X","code":"XYZ","kind":"Center","calendar":{"timeZone":"Asia/Taipei","weeklyHours":[null],"extraWorkingDays":[null]}}""")));

        var call = await world.ArrivedCallAsync();
        var afterCall = await Db.FingerprintAsync();
        (await RefusedAsync(world.Technician.PostAsync($"/api/v1/calls/{call.Id}/complete-on-site",
            JsonBody("""{"workHours":1,"parts":[null],"signature":{"signerName":"Lin","signedAt":"2026-11-23T11:00:00+08:00"},"collectedOnSite":true}"""))))
            .Should().Contain("parts[0]");
        (await Db.FingerprintAsync()).Should().Be(afterCall);
        before.Should().NotBe(afterCall);
    }

    [Test]
    public async Task Money_without_a_currency_is_400()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        var unit = await admin.CreateUnitAsync("TPE");
        var before = await Db.FingerprintAsync();

        (await RefusedAsync(admin.PutAsync($"/api/v1/units/{unit.Id}/policy", JsonBody("""{"urbanSlaHours":6,"suburbanSlaHours":7,"onSiteFeeThreshold":{"amount":3000},"labourRatePerHour":{"amount":500,"currency":"TWD"}}"""))))
            .Should().Contain("currency");
        (await Db.FingerprintAsync()).Should().Be(before);
    }

    [Test]
    public async Task A_value_field_left_out_of_a_body_is_400_naming_it_not_read_as_its_default()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await ServiceUnitWorld.CreateAsync(admin, "TPE");
        using var serviceDepartment = await ClientAsAsync(Role.ServiceDepartment);
        var call = await world.ArrivedCallAsync();
        var complaint = await ReadAsync<AfterSales.Application.Complaints.ComplaintDto>(
            await world.Clerk.PostAsync("/api/v1/complaints", JsonBody($$"""{"source":"Telephone","callId":"{{call.Id}}","words":"Rude"}""")));
        var before = await Db.FingerprintAsync();

        // A missing severity would bind as the enum's first value (Serious); a missing flag as false.
        (await RefusedAsync(serviceDepartment.PostAsync($"/api/v1/complaints/{complaint.Id}/triage", JsonBody("{}")))).Should().Contain("severity");
        (await RefusedAsync(world.Supervisor.PostAsync($"/api/v1/complaints/{complaint.Id}/visit", JsonBody("""{"visitedAt":"2026-11-23T10:00:00+08:00","notes":"-"}"""))))
            .Should().Contain("customerRefused");
        (await RefusedAsync(world.Technician.PostAsync($"/api/v1/calls/{call.Id}/complete-on-site",
            JsonBody("""{"workHours":1,"signature":{"signerName":"Lin","signedAt":"2026-11-23T11:00:00+08:00"}}""")))).Should().Contain("collectedOnSite");
        (await Db.FingerprintAsync()).Should().Be(before);
    }

    [TestCase("America/Havana", "2026-03-08")]
    [TestCase("America/Havana", "2026-03-07")]
    [TestCase("America/Santiago", "2026-09-06")]
    [TestCase("Asia/Beirut", "2026-03-29")]
    public async Task Register_of_a_day_whose_midnight_the_clock_skips_is_read_not_500(string zone, string date)
    {
        using var admin = await ClientAsAsync(Role.Admin);
        var unit = await admin.CreateUnitAsync("HAV");
        await ExpectAsync(admin.PutAsJsonAsync($"/api/v1/units/{unit.Id}/calendar", Builders.OfficeCalendar(zone), Json), HttpStatusCode.OK);

        var page = await ReadAsync<Page<CallDto>>(await ExpectAsync(admin.GetAsync($"/api/v1/calls?unitId={unit.Id}&date={date}"), HttpStatusCode.OK));

        page.Items.Should().BeEmpty();
    }

    [Test]
    public async Task Register_by_date_of_an_unknown_unit_is_404()
    {
        using var admin = await ClientAsAsync(Role.Admin);

        await RefusedAsync(admin.GetAsync($"/api/v1/calls?unitId={Guid.NewGuid()}&date=2026-11-20"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_collection_beyond_the_limit_is_400_and_stores_nothing()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await ServiceUnitWorld.CreateAsync(admin, "TPE");
        var call = await world.ArrivedCallAsync();
        var before = await Db.FingerprintAsync();
        var parts = Enumerable.Range(0, 201).Select(i => new { partNumber = $"P-{i}", quantity = 1, unitPrice = new { amount = 1, currency = "TWD" } }).ToArray();

        (await RefusedAsync(world.Technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/complete-on-site", new { workHours = 1, parts, signature = Signature, collectedOnSite = false, notCollectedReason = "customer asked for an invoice first" }, Json)))
            .Should().Contain("at most 200");
        (await Db.FingerprintAsync()).Should().Be(before);
    }

    [Test]
    public async Task An_oversized_body_is_413_problem()
    {
        using var admin = await ClientAsAsync(Role.Admin);

        await RefusedAsync(admin.PostAsync("/api/v1/units", JsonBody($$"""{"name":"{{new string('x', 1_100_000)}}","code":"BIG","kind":"Center"}""")), HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task Enums_in_the_query_string_are_read_in_any_case_and_never_as_numbers()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await ServiceUnitWorld.CreateAsync(admin, "TPE");
        await world.NewCallAsync();

        (await ReadAsync<Page<CallDto>>(await ExpectAsync(world.Clerk.GetAsync("/api/v1/calls?status=registered"), HttpStatusCode.OK))).Items.Should().ContainSingle();
        await ExpectAsync(world.Clerk.GetAsync($"/api/v1/units/{world.Unit.Id}/dispatch-deadline?receivedAt=2026-12-01T09:00:00%2B08:00&zone=urban"), HttpStatusCode.OK);
        await ExpectAsync(world.Clerk.GetAsync($"/api/v1/units/{world.Unit.Id}/dispatch-deadline?receivedAt=2026-12-01T09:00:00%2B08:00&zone=SUBURBAN"), HttpStatusCode.OK);

        (await RefusedAsync(world.Clerk.GetAsync("/api/v1/calls?status=1"))).Should().Contain("Registered");
        await RefusedAsync(world.Clerk.GetAsync("/api/v1/calls?status=Spaceport"));
    }

    [Test]
    public async Task Enums_in_a_body_are_names_never_numbers()
    {
        using var admin = await ClientAsAsync(Role.Admin);

        await RefusedAsync(admin.PostAsync("/api/v1/units", JsonBody("""{"name":"X","code":"XYZ","kind":1}""")));
        await ExpectAsync(admin.PostAsync("/api/v1/units", JsonBody("""{"name":"X","code":"XYZ","kind":"center"}""")), HttpStatusCode.Created);
    }

    [TestCase("7")]
    [TestCase("Admin ")]
    [TestCase("Clerk, Admin")]
    [TestCase("admin")]
    public async Task R4_a_role_claim_counts_only_when_it_names_a_role_exactly(string roleClaim)
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var taipei = await ServiceUnitWorld.CreateAsync(admin, "TPE");
        using var taichung = await ServiceUnitWorld.CreateAsync(admin, "TXG");
        var call = await taipei.NewCallAsync();
        using var forged = WithToken(SignedToken(taichung.Unit.Id, roleClaim));

        await ExpectAsync(forged.GetAsync("/api/v1/units"), HttpStatusCode.Forbidden);
        await ExpectAsync(forged.GetAsync($"/api/v1/calls/{call.Id}"), HttpStatusCode.NotFound);
        await ExpectAsync(forged.GetAsync($"/api/v1/calls?unitId={taipei.Unit.Id}"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task R4_all_unit_scope_is_honoured_only_for_the_accountant()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var taipei = await ServiceUnitWorld.CreateAsync(admin, "TPE");
        using var taichung = await ServiceUnitWorld.CreateAsync(admin, "TXG");
        var call = await taipei.NewCallAsync();
        using var clerkWithScope = WithToken(SignedToken(taichung.Unit.Id, "Clerk", unitScopeAll: true));
        using var integration = WithToken(SignedToken(null, "Accountant", unitScopeAll: true));

        await ExpectAsync(clerkWithScope.GetAsync($"/api/v1/calls/{call.Id}"), HttpStatusCode.NotFound);
        await ExpectAsync(integration.GetAsync($"/api/v1/calls/{call.Id}"), HttpStatusCode.OK);
        await RefusedAsync(Anonymous().PostAsJsonAsync("/api/v1/dev/tokens", new { role = "Clerk", allUnits = true }, Json));
    }

    [Test]
    public async Task R4_handing_over_another_units_collection_is_404_not_a_rule_that_reveals_it()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var taipei = await ServiceUnitWorld.CreateAsync(admin, "TPE");
        using var taichung = await ServiceUnitWorld.CreateAsync(admin, "TXG");
        var call = await taipei.ArrivedCallAsync();
        await ExpectAsync(taipei.Technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/complete-on-site", new { workHours = 1, parts = Array.Empty<object>(), signature = Signature, collectedOnSite = true }, Json), HttpStatusCode.OK);
        var collection = (await ReadAsync<Page<CollectedCashDto>>(await taipei.Accountant.GetAsync("/api/v1/cash-collections"))).Items.Single();
        var before = await Db.FingerprintAsync();

        await RefusedAsync(taichung.Accountant.PostAsJsonAsync("/api/v1/cash-handovers", new
        {
            technicianId = taichung.TechnicianId,
            collectionIds = new[] { collection.Id },
            countedAmount = collection.Amount,
        }, Json), HttpStatusCode.NotFound);
        (await Db.FingerprintAsync()).Should().Be(before);
    }

    [Test]
    public async Task R10_issuing_the_same_invoice_number_at_the_same_time_is_harmless_for_every_caller()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await ServiceUnitWorld.CreateAsync(admin, "TPE");
        var call = await world.ArrivedCallAsync();
        await ExpectAsync(world.Technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/complete-on-site", new { workHours = 1, parts = Array.Empty<object>(), signature = Signature, collectedOnSite = true }, Json), HttpStatusCode.OK);
        var request = (await ReadAsync<Page<InvoiceRequestDto>>(await world.Accountant.GetAsync("/api/v1/invoice-requests"))).Items.Single();

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            world.Accountant.PostAsJsonAsync($"/api/v1/invoice-requests/{request.Id}/issue", new { invoiceNumber = "AB-12345678" }, Json)));

        var bodies = await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync()));
        answers.Select(a => a.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.OK, string.Join('\n', bodies));
        (await Db.CountAsync($"SELECT count(*) FROM audit_entries WHERE entity_id = '{request.Id}' AND command = 'IssueInvoice'")).Should().Be(1);
    }

    [Test]
    public async Task Rate_limit_answers_429_problem_with_Retry_After_per_caller_and_per_address()
    {
        await using var limited = new AfterSalesApiFactory(Db.ConnectionString, settings: new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:PermitsPerMinute"] = "3",
            ["RateLimiting:AnonymousPermitsPerMinute"] = "2",
        });
        using var anonymous = limited.CreateClient();
        var tokens = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            tokens.Add(await anonymous.PostAsJsonAsync("/api/v1/dev/tokens", new { role = "Admin" }, Json));
        }

        tokens.Take(2).Select(t => t.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.OK);
        var anonymousProblem = await ProblemAsync(tokens[2], HttpStatusCode.TooManyRequests);
        anonymousProblem.GetProperty("type").GetString().Should().Be("/problems/rate-limited");
        tokens[2].Headers.RetryAfter.Should().NotBeNull();

        var token = (await tokens[0].Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString();
        using var caller = limited.CreateClient();
        caller.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        for (var i = 0; i < 3; i++)
        {
            await ExpectAsync(caller.GetAsync("/api/v1/units"), HttpStatusCode.OK);
        }

        var refused = await caller.GetAsync("/api/v1/units");
        await ProblemAsync(refused, HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter!.Delta.Should().BePositive();
        await ExpectAsync(anonymous.GetAsync("/health/live"), HttpStatusCode.OK);
    }

    private static StringContent JsonBody(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>A token signed with the Development key, carrying exactly the claims given.</summary>
    internal static string SignedToken(Guid? unitId, string role, bool unitScopeAll = false)
    {
        var claims = new List<Claim> { new("sub", Guid.NewGuid().ToString()), new("role", role) };
        if (unitId is { } unit)
        {
            claims.Add(new Claim("unit", unit.ToString()));
        }

        if (unitScopeAll)
        {
            claims.Add(new Claim("unit_scope", "all"));
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = "aftersales",
            Audience = "aftersales-api",
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes("development-only-signing-key-change-me-0123456789")), SecurityAlgorithms.HmacSha256),
        });
    }
}
