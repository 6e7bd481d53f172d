using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Support;
using AfterSales.Domain.Common;

namespace AfterSales.Api.Tests;

public class AuthAndScopeTests : ApiTest
{
    [Test]
    public async Task Request_without_a_token_is_401_problem()
    {
        using var client = Anonymous();

        var response = await client.GetAsync("/api/v1/units");

        var problem = await ProblemAsync(response, HttpStatusCode.Unauthorized);
        problem.GetProperty("status").GetInt32().Should().Be(401);
    }

    [Test]
    public async Task Token_signed_with_another_key_is_401()
    {
        using var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer",
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIiwicm9sZSI6IkFkbWluIiwiYXVkIjoiYWZ0ZXJzYWxlcy1hcGkiLCJpc3MiOiJhZnRlcnNhbGVzIn0.c2lnbmVkLXdpdGgtYW5vdGhlci1rZXk");

        var response = await client.GetAsync("/api/v1/units");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Clerk_creating_a_unit_is_403_and_nothing_is_created()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        var unit = await admin.CreateUnitAsync("TPE");
        using var clerk = await ClientAsAsync(Role.Clerk, unit.Id);

        var response = await clerk.PostAsJsonAsync("/api/v1/units", new { name = "Rogue", code = "RGE", kind = "Center" }, Json);

        await ProblemAsync(response, HttpStatusCode.Forbidden);
        (await Db.CountAsync("SELECT count(*) FROM service_units")).Should().Be(1);
    }

    [Test]
    public async Task Another_units_record_reads_as_404_not_403()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        var own = await admin.CreateUnitAsync("TPE");
        var other = await admin.CreateUnitAsync("TXG");
        using var clerk = await ClientAsAsync(Role.Clerk, own.Id);

        (await clerk.GetAsync($"/api/v1/units/{own.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        await ProblemAsync(await clerk.GetAsync($"/api/v1/units/{other.Id}"), HttpStatusCode.NotFound);
        await ProblemAsync(
            await clerk.GetAsync($"/api/v1/units/{other.Id}/dispatch-deadline?receivedAt=2026-12-04T16:00:00%2B08:00&zone=Urban"),
            HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Service_department_sees_every_unit()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        var unit = await admin.CreateUnitAsync("TPE");
        using var serviceDepartment = await ClientAsAsync(Role.ServiceDepartment);

        (await serviceDepartment.GetAsync($"/api/v1/units/{unit.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task Dev_token_for_a_staff_member_carries_their_roles_and_unit()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        var own = await admin.CreateUnitAsync("TPE");
        var other = await admin.CreateUnitAsync("TXG");
        var supervisor = await admin.HireAsync(own.Id, Role.Supervisor);
        using var client = await ClientForStaffAsync(supervisor.Id);

        (await client.GetAsync($"/api/v1/units/{own.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync($"/api/v1/units/{other.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("/api/v1/staff")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Dev_token_for_an_unknown_staff_member_is_404()
    {
        using var client = Anonymous();

        var response = await client.PostAsJsonAsync("/api/v1/dev/tokens", new { staffId = Guid.NewGuid() }, Json);

        await ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Dev_token_route_does_not_exist_in_production()
    {
        await using var production = new AfterSalesApiFactory(
            Db.ConnectionString,
            "Production",
            new Dictionary<string, string?> { ["Auth:SigningKey"] = "production-signing-key-0123456789-abcdefghij" });
        using var client = production.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/dev/tokens", new { role = "Admin" }, Json);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public void Production_without_a_way_to_check_tokens_refuses_to_start()
    {
        using var production = new AfterSalesApiFactory(Db.ConnectionString, "Production");

        var start = () => production.CreateClient();

        start.Should().Throw<InvalidOperationException>().WithMessage("*Authentication is not configured*");
    }
}
