using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AfterSales.Api.Tests.Support;
using AfterSales.Application.Calls;
using AfterSales.Domain.Common;
using static AfterSales.Api.Tests.Support.ServiceUnitWorld;

namespace AfterSales.Api.Tests;

/// <summary>
/// The raw-Npgsql floor that tools/load/baseline.sh compares the API with (tools/AfterSales.RawBaseline) must do
/// the API's work on the schema as it is now. A floor that fails costs nothing and looks fast: once a migration
/// added a required column, the floor answered every register 500 for weeks, and its "throughput" was compared
/// with the API's. Here it registers a call that the API reads back whole, writes the same rows for it as the API
/// writes for one of its own (the call, its history line, its event, its audit line), and reads it.
/// </summary>
[NonParallelizable]
public class RawBaselineTests : ApiTest
{
    [Test]
    public async Task The_raw_floor_registers_what_the_API_registers_and_reads_it()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "RAW");
        var byApi = await world.NewCallAsync();
        await using var floor = await ApiProcess.StartRawBaselineAsync(Db.ConnectionString);
        using var client = new HttpClient { BaseAddress = floor.BaseAddress };

        var registered = await client.PostAsJsonAsync("/calls", new
        {
            customerId = byApi.CustomerId, certificateId = byApi.CertificateId, channel = "Phone", receivedAt = "2026-11-20T16:00:00+08:00", problem = "No cooling",
        });
        registered.StatusCode.Should().Be(HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());
        var answer = await registered.Content.ReadFromJsonAsync<JsonElement>();
        var id = answer.GetProperty("id").GetGuid();

        var read = await ReadAsAsync<CallDto>(await world.Clerk.GetAsync($"/api/v1/calls/{id}"), HttpStatusCode.OK);
        read.Number.Should().Be(answer.GetProperty("number").GetString());
        read.Status.Should().Be(byApi.Status);
        read.ServiceType.Should().Be(byApi.ServiceType);
        read.DispatchDeadline.Should().Be(byApi.DispatchDeadline, "the same call at the same moment on the demo calendar");
        read.Timeline.Should().ContainSingle().Which.Kind.Should().Be(ServiceEventKind.CallRegistered);

        foreach (var (table, column) in new[] { ("service_history", "call_id"), ("outbox_events", "subject_id"), ("audit_entries", "entity_id") })
        {
            (await Db.CountAsync($"SELECT count(*) FROM {table} WHERE {column} = '{id}'")).Should()
                .Be(await Db.CountAsync($"SELECT count(*) FROM {table} WHERE {column} = '{byApi.Id}'"), $"the floor writes to {table} what the API writes");
        }

        var floorRead = await client.GetAsync($"/calls/{id}");
        floorRead.StatusCode.Should().Be(HttpStatusCode.OK);
        (await floorRead.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("timeline").GetArrayLength().Should().Be(1);
    }
}
