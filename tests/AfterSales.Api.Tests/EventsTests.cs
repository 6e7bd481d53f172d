using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Support;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Events;
using AfterSales.Domain.Common;
using static AfterSales.Api.Tests.Support.ServiceUnitWorld;

namespace AfterSales.Api.Tests;

/// <summary>
/// The transactional outbox and its pull feed: every step that matters outside is an event written in the
/// command's own transaction, read in commit order a page at a time, never skipped, never leaked to another unit.
/// </summary>
public class EventsTests : ApiTest
{
    private static async Task<List<EventDto>> AllEventsAsync(HttpClient client, Guid unitId)
    {
        var all = new List<EventDto>();
        string? cursor = null;
        for (var guard = 0; guard < 200; guard++)
        {
            var page = await ReadAsAsync<Page<EventDto>>(await client.GetAsync($"/api/v1/events?unitId={unitId}&limit=2{(cursor is null ? string.Empty : $"&cursor={cursor}")}"), HttpStatusCode.OK);
            all.AddRange(page.Items);
            cursor = page.NextCursor;
            if (page.Items.Count == 0)
            {
                return all;
            }
        }

        throw new InvalidOperationException("The feed did not end.");
    }

    [Test]
    public async Task A_calls_steps_and_a_complaint_are_events_in_commit_order_of_their_own_unit_and_a_refused_command_writes_none()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "EVT");
        using var other = await CreateAsync(admin, "EVU");
        var call = await world.ArrivedCallAsync();
        await other.NewCallAsync();
        var cancelled = await world.NewCallAsync();
        await ExpectAsync(world.Clerk.PostAsJsonAsync($"/api/v1/calls/{cancelled.Id}/cancel", new { reason = "Customer fixed it" }, Json), HttpStatusCode.OK);
        await ExpectAsync(world.Clerk.PostAsJsonAsync("/api/v1/complaints", new { source = "Telephone", callId = call.Id, words = "Came late." }, Json), HttpStatusCode.Created);
        await ExpectAsync(world.Technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/complete-on-site", new
        {
            workHours = 1m, parts = Array.Empty<object>(), signature = new { signerName = "Lin", signedAt = ApiTestRun.Api.Clock.GetUtcNow() },
            collectedOnSite = false, notCollectedReason = "Pays by transfer",
        }, Json), HttpStatusCode.OK);

        var events = await AllEventsAsync(world.Supervisor, world.Unit.Id);

        events.Select(e => (e.Type, e.SubjectId)).Should().Equal(
            ("CallRegistered", call.Id), ("Dispatched", call.Id), ("Arrived", call.Id),
            ("CallRegistered", cancelled.Id), ("CallCancelled", cancelled.Id),
            ("ComplaintReceived", events[5].SubjectId),
            ("CompletedOnSite", call.Id), ("CustomerSigned", call.Id), ("InvoiceRequestRaised", events[8].SubjectId));
        events[8].Payload.GetProperty("callId").GetGuid().Should().Be(call.Id);
        events.Should().OnlyContain(e => e.UnitId == world.Unit.Id, "another unit's events are not in this unit's feed");
        events.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        events[2].Payload.GetProperty("note").GetString().Should().StartWith("deadline");

        // Refused (another unit's technician): no event, as nothing was committed.
        var waiting = await world.NewCallAsync();
        var before = await Db.CountAsync("SELECT count(*) FROM outbox_events");
        await ExpectAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/calls/{waiting.Id}/dispatch", new { technicianId = other.TechnicianId }, Json), HttpStatusCode.UnprocessableEntity);
        (await Db.CountAsync("SELECT count(*) FROM outbox_events")).Should().Be(before);

        await ExpectAsync(other.Supervisor.GetAsync($"/api/v1/events?unitId={world.Unit.Id}"), HttpStatusCode.NotFound);
        await ExpectAsync(world.Clerk.GetAsync($"/api/v1/events?unitId={world.Unit.Id}"), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task R19_an_arrival_past_the_deadline_is_an_ArrivedLate_event_beside_the_arrival()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "EVL");
        var call = await world.NewCallAsync();
        await ExpectAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/calls/{call.Id}/dispatch", new { technicianId = world.TechnicianId, dispatchedAt = "2026-11-21T09:00:00+08:00" }, Json), HttpStatusCode.OK);
        await ExpectAsync(world.Technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/arrival", new { arrivedAt = "2026-11-24T10:00:00+08:00" }, Json), HttpStatusCode.OK);
        var onTime = await world.ArrivedCallAsync();

        var events = await AllEventsAsync(world.Supervisor, world.Unit.Id);
        events.Where(e => e.SubjectId == call.Id).Select(e => e.Type).Should().Equal("CallRegistered", "Dispatched", "Arrived", "ArrivedLate");
        var late = events.Single(e => e.Type == "ArrivedLate");
        late.Payload.GetProperty("missedByWorkingHours").GetDouble().Should().BeGreaterThan(0);
        events.Where(e => e.SubjectId == onTime.Id).Select(e => e.Type).Should().NotContain("ArrivedLate", "an arrival in time is no breach");
    }
}
