using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using AfterSales.Api.Tests.Support;
using AfterSales.Application.Calls;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Events;
using AfterSales.Domain.Common;
using static AfterSales.Api.Tests.Support.ServiceUnitWorld;

namespace AfterSales.Api.Tests;

/// <summary>
/// Two API processes on one PostgreSQL, as behind a load balancer: an Idempotency-Key used on one is honoured
/// by the other, versions (412) and conflicting commands (409) hold across them, both read the same feed, rate
/// limits are per instance as operations.md says, and a webhook delivery cut off by kill -9 between the
/// commit and the consumer's answer is made again by the instance that takes over.
/// </summary>
[NonParallelizable]
public class SeveralInstancesTests : ApiTest
{
    private static object RegisterBody(CallDto like, string problem) => new
    {
        customerId = like.CustomerId, certificateId = like.CertificateId, channel = "Phone", receivedAt = "2026-11-20T17:00:00+08:00", problem,
    };

    [Test]
    public async Task Idempotency_keys_versions_conflicts_and_the_feeds_hold_across_two_processes()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TWO");
        var first = await world.NewCallAsync();
        await using var a = await ApiProcess.StartAsync(Db.ConnectionString);
        await using var b = await ApiProcess.StartAsync(Db.ConnectionString);
        using var clerkA = a.Client(world.Clerk);
        using var clerkB = b.Client(world.Clerk);
        using var supervisorA = a.Client(world.Supervisor);
        using var supervisorB = b.Client(world.Supervisor);

        // The same key on the other instance: the first answer again, one call.
        HttpRequestMessage Register(string key, string problem) => new(HttpMethod.Post, "/api/v1/calls")
        {
            Content = JsonContent.Create(RegisterBody(first, problem), options: Json),
            Headers = { { "Idempotency-Key", key } },
        };
        var once = await ReadAsAsync<CallDto>(await clerkA.SendAsync(Register("two-instances-1", "Leaking")), HttpStatusCode.Created);
        var again = await ReadAsAsync<CallDto>(await clerkB.SendAsync(Register("two-instances-1", "Leaking")), HttpStatusCode.Created);
        again.Id.Should().Be(once.Id);
        again.Number.Should().Be(once.Number);
        await ExpectAsync(clerkB.SendAsync(Register("two-instances-1", "Something else")), HttpStatusCode.UnprocessableEntity);
        (await Db.CountAsync($"SELECT count(*) FROM repair_calls WHERE problem = 'Leaking'")).Should().Be(1);

        // A version read on one instance and changed on the other is stale on the first: 412.
        var etag = (await supervisorA.GetAsync($"/api/v1/calls/{once.Id}")).Headers.ETag!.Tag;
        HttpRequestMessage Dispatch(Guid call, Guid technician, string? ifMatch) => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/calls/{call}/dispatch")
        {
            Content = JsonContent.Create(new { technicianId = technician, dispatchedAt = "2026-11-21T09:00:00+08:00" }, options: Json),
        }.WithIfMatch(ifMatch);
        await ExpectAsync(supervisorB.SendAsync(Dispatch(once.Id, world.TechnicianId, etag)), HttpStatusCode.OK);
        await ExpectAsync(supervisorA.SendAsync(Dispatch(once.Id, world.OtherTechnicianId, etag)), HttpStatusCode.PreconditionFailed);

        // Two conflicting commands at once, one on each: exactly one wins, the other is a 409.
        var answers = await Task.WhenAll(
            supervisorA.SendAsync(Dispatch(first.Id, world.TechnicianId, null)),
            supervisorB.SendAsync(Dispatch(first.Id, world.OtherTechnicianId, null)));
        answers.Select(r => r.StatusCode).Should().BeEquivalentTo([HttpStatusCode.OK, HttpStatusCode.Conflict]);
        (await Db.CountAsync($"SELECT count(*) FROM service_history WHERE call_id = '{first.Id}' AND kind = 'Dispatched'")).Should().Be(1);

        // The feed reads the same from either instance.
        using var supervisorEventsA = a.Client(world.Supervisor);
        var feedA = await ReadAsAsync<Page<EventDto>>(await supervisorEventsA.GetAsync($"/api/v1/events?unitId={world.Unit.Id}&limit=500"), HttpStatusCode.OK);
        var feedB = await ReadAsAsync<Page<EventDto>>(await supervisorB.GetAsync($"/api/v1/events?unitId={world.Unit.Id}&limit=500"), HttpStatusCode.OK);
        feedA.Items.Select(e => e.Id).Should().Equal(feedB.Items.Select(e => e.Id));
        feedA.Items.Count(e => e.Type == "Dispatched").Should().Be(2);
    }

    [Test]
    public async Task Rate_limits_are_counted_by_each_instance_as_operations_md_says()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "RTL");
        var limited = new Dictionary<string, string> { ["RateLimiting__Enabled"] = "true", ["RateLimiting__PermitsPerMinute"] = "5" };
        await using var a = await ApiProcess.StartAsync(Db.ConnectionString, limited);
        await using var b = await ApiProcess.StartAsync(Db.ConnectionString, limited);
        using var clerkA = a.Client(world.Clerk);
        using var clerkB = b.Client(world.Clerk);

        for (var i = 0; i < 5; i++)
        {
            await ExpectAsync(clerkA.GetAsync($"/api/v1/calls?unitId={world.Unit.Id}"), HttpStatusCode.OK);
        }

        var refused = await clerkA.GetAsync($"/api/v1/calls?unitId={world.Unit.Id}");
        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.Should().NotBeNull();
        await ExpectAsync(clerkB.GetAsync($"/api/v1/calls?unitId={world.Unit.Id}"), HttpStatusCode.OK);
    }

    /// <summary>A consumer that holds its first delivery unanswered (the sender is killed meanwhile), then takes every one.</summary>
    private sealed class StallingConsumer : IDisposable
    {
        private readonly HttpListener _listener = new();

        public StallingConsumer()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Url = $"http://127.0.0.1:{port}/hooks";
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            _listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public string Url { get; }

        public ConcurrentQueue<string> EventIds { get; } = new();

        public TaskCompletionSource FirstArrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private async Task ServeAsync()
        {
            var first = true;
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception) when (!_listener.IsListening)
                {
                    return;
                }

                EventIds.Enqueue(context.Request.Headers["AfterSales-Event-Id"] ?? string.Empty);
                if (first)
                {
                    // Never answered: the sender is killed while it waits.
                    first = false;
                    FirstArrived.TrySetResult();
                    continue;
                }

                context.Response.StatusCode = 204;
                context.Response.Close();
            }
        }

        public void Dispose() => _listener.Close();
    }

    [Test]
    public async Task A_webhook_delivery_cut_off_by_kill_9_after_the_commit_is_delivered_by_the_instance_that_takes_over()
    {
        using var consumer = new StallingConsumer();
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "K9W");
        var delivering = new Dictionary<string, string>
        {
            ["Webhooks__Deliver"] = "true", ["Webhooks__AllowLoopback"] = "true", ["Webhooks__PollSeconds"] = "0.2", ["Webhooks__TimeoutSeconds"] = "60",
        };
        var template = await world.NewCallAsync();
        var first = await ApiProcess.StartAsync(Db.ConnectionString, delivering);
        try
        {
            using var adminA = first.Client(admin);
            await ExpectAsync(adminA.PostAsJsonAsync("/api/v1/webhook-subscriptions", new
            {
                url = consumer.Url, unitId = world.Unit.Id, secret = "kill-nine-test-secret-0123456789", eventTypes = new[] { "CallRegistered" },
            }, Json), HttpStatusCode.Created);
            using var clerkA = first.Client(world.Clerk);
            var call = await ReadAsAsync<CallDto>(await clerkA.PostAsJsonAsync("/api/v1/calls", RegisterBody(template, "Dripping"), Json), HttpStatusCode.Created);
            var committed = await Db.ScalarAsync<Guid>($"SELECT id FROM outbox_events WHERE type = 'CallRegistered' AND subject_id = '{call.Id}'");

            (await Task.WhenAny(consumer.FirstArrived.Task, Task.Delay(TimeSpan.FromSeconds(30)))).Should().Be(consumer.FirstArrived.Task, "the first instance started delivering");
            await first.KillAsync();
            consumer.EventIds.Should().Contain(committed.ToString());

            await using var second = await ApiProcess.StartAsync(Db.ConnectionString, delivering);
            for (var i = 0; i < 300 && consumer.EventIds.Count(id => id == committed.ToString()) < 2; i++)
            {
                await Task.Delay(50);
            }

            consumer.EventIds.Count(id => id == committed.ToString()).Should().BeGreaterThanOrEqualTo(2, "the event committed before the kill is delivered again (at least once)");
            (await Db.ScalarAsync<long>("SELECT delivered FROM webhook_subscriptions")).Should().Be(0, "the killed instance's delivery was never recorded");
            for (var i = 0; i < 100 && await Db.ScalarAsync<long>("SELECT delivered FROM webhook_subscriptions") == 0; i++)
            {
                await Task.Delay(50);
            }

            (await Db.ScalarAsync<long>("SELECT delivered FROM webhook_subscriptions")).Should().Be(1, "the answered delivery moved the subscription past the event, once");
        }
        finally
        {
            await first.DisposeAsync();
        }
    }
}

internal static class IfMatchHeader
{
    public static HttpRequestMessage WithIfMatch(this HttpRequestMessage request, string? etag)
    {
        if (etag is not null)
        {
            request.Headers.Add("If-Match", etag);
        }

        return request;
    }
}
