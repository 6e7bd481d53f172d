using System.Net.Http.Json;
using AfterSales.Api.Tests.Support;
using AfterSales.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Api.Tests;

public class DemoDataTests : ApiTest
{
    [Test]
    public async Task Seeding_twice_neither_duplicates_nor_fails()
    {
        for (var start = 0; start < 2; start++)
        {
            await using var scope = ApiTestRun.Api.Services.CreateAsyncScope();
            await DemoData.SeedAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>());
        }

        (await Db.CountAsync("SELECT count(*) FROM service_units")).Should().Be(2);
        (await Db.CountAsync("SELECT count(*) FROM staff_members")).Should().Be(16);
        (await Db.CountAsync("SELECT count(*) FROM customers")).Should().Be(4);
        (await Db.CountAsync("SELECT count(*) FROM service_certificates")).Should().Be(4);
    }

    [Test]
    public async Task Seeded_clerk_can_sign_in_and_register_a_call_for_a_seeded_customer()
    {
        await using (var scope = ApiTestRun.Api.Services.CreateAsyncScope())
        {
            await DemoData.SeedAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>());
        }

        using var clerk = await ClientForStaffAsync(DemoData.StaffId(1, AfterSales.Domain.Common.Role.Clerk));
        var response = await clerk.PostAsJsonAsync("/api/v1/calls", new
        {
            customerId = "01930000-0000-7000-9001-000000000001",
            certificateId = "01930000-0000-7000-a001-000000000001",
            channel = "Phone",
            receivedAt = "2026-11-20T10:00:00+08:00",
            problem = "Not cooling",
        }, Json);

        var call = await ReadAsync<AfterSales.Application.Calls.CallDto>(await ExpectAsync(Task.FromResult(response), System.Net.HttpStatusCode.Created));
        call.ServiceType.Should().Be(AfterSales.Domain.Calls.ServiceType.Free);
        call.Number.Should().StartWith("TPE-");
    }
}
