using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using AfterSales.Api.Tests.Support;
using AfterSales.Application.Events.Webhooks;
using AfterSales.Domain.Common;
using static AfterSales.Api.Tests.Support.ServiceUnitWorld;

namespace AfterSales.Api.Tests;

/// <summary>
/// Webhooks from the outbox: a subscriber gets the events signed, in commit order, at least once; one that is
/// down gets everything in order once it is back; one that fails every attempt is dead-lettered with the
/// error visible, and re-driven resumes where it stopped. Loopback, link-local and metadata targets are refused.
/// </summary>
[NonParallelizable]
public class WebhookTests : ApiTest
{
    private const string Secret = "webhook-test-secret-0123456789";

    /// <summary>A consumer on 127.0.0.1 that records what it is sent and answers as told.</summary>
    private sealed class Subscriber : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly CancellationTokenSource _stop = new();

        public Subscriber()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
            _listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public int Port { get; }

        public string Url => $"http://127.0.0.1:{Port}/hooks/aftersales";

        public volatile bool Up = true;

        public ConcurrentQueue<(string Body, string Signature, string EventId)> Received { get; } = new();

        public int Refused;

        private async Task ServeAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception) when (_stop.IsCancellationRequested)
                {
                    return;
                }

                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                var body = await reader.ReadToEndAsync();
                if (Up)
                {
                    Received.Enqueue((body, context.Request.Headers["AfterSales-Signature"] ?? string.Empty, context.Request.Headers["AfterSales-Event-Id"] ?? string.Empty));
                    context.Response.StatusCode = 204;
                }
                else
                {
                    Interlocked.Increment(ref Refused);
                    context.Response.StatusCode = 503;
                }

                context.Response.Close();
            }
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Close();
        }
    }

    private static AfterSalesApiFactory Delivering(int maxAttempts = 50) => new(Db.ConnectionString, settings: new Dictionary<string, string?>
    {
        ["RateLimiting:Enabled"] = "false",
        ["Webhooks:Deliver"] = "true",
        ["Webhooks:AllowLoopback"] = "true",
        ["Webhooks:PollSeconds"] = "0.1",
        ["Webhooks:RetryBaseSeconds"] = "0",
        ["Webhooks:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    private static async Task WaitForAsync(Func<bool> condition, string what)
    {
        for (var i = 0; i < 300 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        condition().Should().BeTrue(what);
    }

    private static (string Type, Guid SubjectId) Read(string body)
    {
        using var json = JsonDocument.Parse(body);
        return (json.RootElement.GetProperty("type").GetString()!, json.RootElement.GetProperty("subjectId").GetGuid());
    }

    [Test]
    public async Task A_subscriber_gets_signed_events_in_order_and_one_that_was_down_gets_everything_in_order_once_back()
    {
        using var subscriber = new Subscriber();
        await using var api = Delivering();
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "WHK");
        using var apiAdmin = api.CreateClient();
        apiAdmin.DefaultRequestHeaders.Authorization = admin.DefaultRequestHeaders.Authorization;
        var subscription = await ReadAsAsync<WebhookSubscriptionDto>(await apiAdmin.PostAsJsonAsync("/api/v1/webhook-subscriptions", new
        {
            url = subscriber.Url, unitId = world.Unit.Id, secret = Secret, eventTypes = new[] { "CallRegistered", "Dispatched", "Arrived", "CallCancelled" },
        }, Json), HttpStatusCode.Created);

        var reached = await world.ArrivedCallAsync();
        await WaitForAsync(() => subscriber.Received.Count >= 3, "the three steps are delivered");

        foreach (var (body, signature, eventId) in subscriber.Received)
        {
            var parts = signature.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
            var expected = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"{parts["t"]}.{body}")));
            parts["v1"].Should().Be(expected, "the signature verifies with the subscription's secret");
            JsonDocument.Parse(body).RootElement.GetProperty("id").GetString().Should().Be(eventId);
        }

        subscriber.Received.Select(r => Read(r.Body)).Should().Equal(("CallRegistered", reached.Id), ("Dispatched", reached.Id), ("Arrived", reached.Id));

        // Down for a while: nothing is lost, and the order holds.
        subscriber.Up = false;
        var first = await world.NewCallAsync();
        var second = await world.NewCallAsync();
        await ExpectAsync(world.Clerk.PostAsJsonAsync($"/api/v1/calls/{first.Id}/cancel", new { reason = "Customer fixed it" }, Json), HttpStatusCode.OK);
        await WaitForAsync(() => subscriber.Refused >= 3, "the subscriber refused several attempts");
        var failing = (await ReadAsAsync<List<WebhookSubscriptionDto>>(await apiAdmin.GetAsync("/api/v1/webhook-subscriptions"), HttpStatusCode.OK)).Single(s => s.Id == subscription.Id);
        failing.LastError.Should().Contain("503");
        failing.Status.Should().Be(WebhookStatus.Active);
        subscriber.Up = true;
        await WaitForAsync(() => subscriber.Received.Count >= 6, "everything arrives once the subscriber is back");

        subscriber.Received.Skip(3).Select(r => Read(r.Body)).Should().Equal(("CallRegistered", first.Id), ("CallRegistered", second.Id), ("CallCancelled", first.Id));
        var done = (await ReadAsAsync<List<WebhookSubscriptionDto>>(await apiAdmin.GetAsync("/api/v1/webhook-subscriptions"), HttpStatusCode.OK)).Single(s => s.Id == subscription.Id);
        done.Delivered.Should().Be(6);
        done.Attempts.Should().Be(0);
    }

    [Test]
    public async Task A_subscriber_that_fails_every_attempt_is_dead_lettered_with_the_error_and_re_driven_resumes_where_it_stopped()
    {
        using var subscriber = new Subscriber { Up = false };
        await using var api = Delivering(maxAttempts: 3);
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "WHD");
        using var apiAdmin = api.CreateClient();
        apiAdmin.DefaultRequestHeaders.Authorization = admin.DefaultRequestHeaders.Authorization;
        var subscription = await ReadAsAsync<WebhookSubscriptionDto>(await apiAdmin.PostAsJsonAsync("/api/v1/webhook-subscriptions", new
        {
            url = subscriber.Url, unitId = world.Unit.Id, secret = Secret,
        }, Json), HttpStatusCode.Created);
        var call = await world.NewCallAsync();

        WebhookSubscriptionDto? dead = null;
        await WaitForAsync(() =>
        {
            dead = ReadAsAsync<List<WebhookSubscriptionDto>>(apiAdmin.GetAsync("/api/v1/webhook-subscriptions").GetAwaiter().GetResult(), HttpStatusCode.OK).GetAwaiter().GetResult().Single(s => s.Id == subscription.Id);
            return dead.Status == WebhookStatus.DeadLettered;
        }, "dead-lettered after three failed attempts");
        dead!.Attempts.Should().Be(3);
        dead.LastError.Should().Contain("503");
        dead.FailingEventId.Should().NotBeNull();
        subscriber.Refused.Should().Be(3, "a dead-lettered subscription is not tried again");

        subscriber.Up = true;
        await ExpectAsync(apiAdmin.PostAsync($"/api/v1/webhook-subscriptions/{subscription.Id}/redrive", null), HttpStatusCode.OK);
        await WaitForAsync(() => !subscriber.Received.IsEmpty, "re-driven, the event that failed is delivered");
        Read(subscriber.Received.First().Body).Should().Be(("CallRegistered", call.Id));
        subscriber.Received.First().EventId.Should().Be(dead.FailingEventId!.Value.ToString());
    }

    [Test]
    public async Task Two_instances_delivering_the_same_subscription_deliver_each_event_once_and_in_order()
    {
        using var subscriber = new Subscriber();
        await using var first = Delivering();
        await using var second = Delivering();
        _ = second.Services;   // starts the second instance, and its dispatcher, without a request
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "WH2");
        using var firstAdmin = first.CreateClient();
        firstAdmin.DefaultRequestHeaders.Authorization = admin.DefaultRequestHeaders.Authorization;
        await ExpectAsync(firstAdmin.PostAsJsonAsync("/api/v1/webhook-subscriptions", new { url = subscriber.Url, unitId = world.Unit.Id, secret = Secret, eventTypes = new[] { "CallRegistered" } }, Json), HttpStatusCode.Created);

        var calls = new List<Guid>();
        for (var i = 0; i < 12; i++)
        {
            calls.Add((await world.NewCallAsync()).Id);
        }

        await WaitForAsync(() => subscriber.Received.Count >= 12, "every call's registration is delivered");
        await Task.Delay(500);
        subscriber.Received.Select(r => Read(r.Body).SubjectId).Should().Equal(calls, "each event once, in commit order, though both instances deliver");
    }

    [Test]
    public async Task Loopback_link_local_and_metadata_targets_are_refused_and_only_http_urls_are_taken()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        foreach (var url in new[] { "http://127.0.0.1:8080/hook", "http://169.254.169.254/latest/meta-data", "http://[::1]/hook", "http://localhost/hook" })
        {
            (await ProblemAsync(await admin.PostAsJsonAsync("/api/v1/webhook-subscriptions", new { url, secret = Secret }, Json), HttpStatusCode.UnprocessableEntity))
                .GetProperty("type").GetString().Should().EndWith("WebhookTargetMustBeReachable", url);
        }

        await ExpectAsync(admin.PostAsJsonAsync("/api/v1/webhook-subscriptions", new { url = "ftp://example.com/hook", secret = Secret }, Json), HttpStatusCode.BadRequest);
        (await Db.CountAsync("SELECT count(*) FROM webhook_subscriptions")).Should().Be(0);
    }
}

public class WebhookBackoffTests
{
    [Test]
    public void Failed_deliveries_wait_longer_with_each_failure_with_jitter_and_never_past_the_cap()
    {
        double Mean(int failures) => Enumerable.Range(0, 2000).Average(_ => AfterSales.Infrastructure.Webhooks.WebhookBackoff.After(failures, 10, 3600).TotalSeconds);
        var waits = Enumerable.Range(0, 2000).Select(_ => AfterSales.Infrastructure.Webhooks.WebhookBackoff.After(3, 10, 3600)).ToList();
        waits.Should().OnlyContain(w => w > TimeSpan.Zero && w <= TimeSpan.FromHours(1));
        waits.Distinct().Count().Should().BeGreaterThan(1000, "jitter spreads the retries of many subscriptions");
        Mean(2).Should().BeGreaterThan(Mean(1));
        Mean(5).Should().BeGreaterThan(3 * Mean(2), "the wait grows exponentially");
        Enumerable.Range(0, 200).Select(_ => AfterSales.Infrastructure.Webhooks.WebhookBackoff.After(30, 10, 3600)).Should().OnlyContain(w => w == TimeSpan.FromHours(1));
        AfterSales.Infrastructure.Webhooks.WebhookBackoff.After(4, 0, 3600).Should().Be(TimeSpan.Zero);
    }
}
