using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Support;
using AfterSales.Domain.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using OpenTelemetry.Trace;
using static AfterSales.Api.Tests.Support.ServiceUnitWorld;

namespace AfterSales.Api.Tests;

/// <summary>What a shop expects of the platform under the API: conditional GET, CORS for browser frontends, structured logs.</summary>
public class PlatformTests : ApiTest
{
    [Test]
    public async Task A_GET_with_the_current_ETag_in_If_None_Match_is_304_and_a_stale_one_gets_the_record()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var call = await world.NewCallAsync();
        var first = await ExpectAsync(world.Clerk.GetAsync($"/api/v1/calls/{call.Id}"), HttpStatusCode.OK);
        var etag = first.Headers.ETag!.Tag;

        using var current = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/calls/{call.Id}");
        current.Headers.TryAddWithoutValidation("If-None-Match", $"W/{etag}, \"1\"");
        var notModified = await world.Clerk.SendAsync(current);

        notModified.StatusCode.Should().Be(HttpStatusCode.NotModified);
        (await notModified.Content.ReadAsStringAsync()).Should().BeEmpty();
        notModified.Headers.ETag!.Tag.Should().Be(etag);

        await ExpectAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/calls/{call.Id}/dispatch", new { technicianId = world.TechnicianId }, Json), HttpStatusCode.OK);
        using var stale = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/calls/{call.Id}");
        stale.Headers.TryAddWithoutValidation("If-None-Match", etag);
        var changed = await world.Clerk.SendAsync(stale);
        changed.StatusCode.Should().Be(HttpStatusCode.OK, "the call changed since that copy");
        changed.Headers.ETag!.Tag.Should().NotBe(etag);
    }

    [Test]
    public async Task Browser_frontends_from_a_configured_origin_may_call_and_read_the_contracts_headers_and_no_other_origin_may()
    {
        await using var api = new AfterSalesApiFactory(Db.ConnectionString, settings: new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "false",
            ["Cors:AllowedOrigins:0"] = "https://frontend.example",
        });
        using var client = api.CreateClient();

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/calls");
        preflight.Headers.Add("Origin", "https://frontend.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,idempotency-key,if-match");
        var allowed = await client.SendAsync(preflight);
        allowed.StatusCode.Should().Be(HttpStatusCode.NoContent);
        allowed.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("https://frontend.example");

        using var read = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        read.Headers.Add("Origin", "https://frontend.example");
        var answer = await client.SendAsync(read);
        answer.Headers.GetValues("Access-Control-Expose-Headers").Single().Split(',').Select(h => h.Trim())
            .Should().BeEquivalentTo("ETag", "Location", "Retry-After", "AfterSales-Commit-Lsn", "AfterSales-Read-Route");

        using var foreign = new HttpRequestMessage(HttpMethod.Options, "/api/v1/calls");
        foreign.Headers.Add("Origin", "https://elsewhere.example");
        foreign.Headers.Add("Access-Control-Request-Method", "POST");
        (await client.SendAsync(foreign)).Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();

        using var byDefault = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        byDefault.Headers.Add("Origin", "https://frontend.example");
        using var unconfigured = Anonymous();
        (await unconfigured.SendAsync(byDefault)).Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse("no origin is allowed unless configured");
    }

    [Test]
    public async Task Outside_Development_the_log_is_JSON_with_the_trace_and_span_of_the_request()
    {
        await using var api = new AfterSalesApiFactory(Db.ConnectionString, environment: "Production", settings: new Dictionary<string, string?>
        {
            ["Auth:SigningKey"] = "platform-test-signing-key-of-at-least-32-characters",
        });
        using var client = api.CreateClient();
        await ExpectAsync(client.GetAsync("/health/live"), HttpStatusCode.OK);

        api.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName.Should().Be(ConsoleFormatterNames.Json);
        api.Services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue.IncludeScopes.Should().BeTrue();
        api.Services.GetRequiredService<IOptions<LoggerFactoryOptions>>().Value.ActivityTrackingOptions
            .Should().HaveFlag(ActivityTrackingOptions.TraceId).And.HaveFlag(ActivityTrackingOptions.SpanId);
    }

    [Test]
    public async Task With_telemetry_on_a_commands_span_names_the_command_and_its_call_and_the_domain_counts_it()
    {
        var spans = new List<Activity>();
        var registered = 0L;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "AfterSales" && instrument.Name == "aftersales.calls.registered")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref registered, value));
        listener.Start();
        await using var api = new AfterSalesApiFactory(
            Db.ConnectionString,
            settings: new Dictionary<string, string?> { ["RateLimiting:Enabled"] = "false", ["OpenTelemetry:Enabled"] = "true" },
            services: services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)));
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var (customer, certificate) = await world.CustomerWithProductAsync();
        using var clerk = api.CreateClient();
        clerk.DefaultRequestHeaders.Authorization = world.Clerk.DefaultRequestHeaders.Authorization;

        var call = await ReadAsAsync<AfterSales.Application.Calls.CallDto>(await clerk.PostAsJsonAsync("/api/v1/calls",
            new { customerId = customer.Id, certificateId = certificate.Id, channel = "Phone", receivedAt = "2026-11-20T16:00:00+08:00", problem = "No cooling" }, Json), HttpStatusCode.Created);
        await ExpectAsync(clerk.PostAsJsonAsync($"/api/v1/calls/{call.Id}/cancel", new { reason = "Customer fixed it" }, Json), HttpStatusCode.OK);
        api.Services.GetRequiredService<TracerProvider>().ForceFlush();

        spans.Should().Contain(s => s.Kind == ActivityKind.Server && (string?)s.GetTagItem("aftersales.message") == "RegisterCall");
        spans.Should().Contain(s => (string?)s.GetTagItem("aftersales.message") == "CancelCall" && Equals(s.GetTagItem("aftersales.call_id"), call.Id));
        spans.Should().Contain(s => s.Kind == ActivityKind.Client && s.Source.Name == "Npgsql", "the SQL is traced under the request");
        listener.RecordObservableInstruments();
        Interlocked.Read(ref registered).Should().BeGreaterThanOrEqualTo(1);
    }

    [Test]
    public async Task Accept_Language_zh_TW_gives_problem_titles_and_validation_messages_in_Traditional_Chinese_and_English_stays_the_default()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var (customer, certificate) = await world.CustomerWithProductAsync();
        var body = new { customerId = customer.Id, certificateId = certificate.Id, channel = "Phone", receivedAt = "2026-11-20T16:00:00+08:00", problem = "" };

        using var chinese = new HttpRequestMessage(HttpMethod.Post, "/api/v1/calls") { Content = JsonContent.Create(body, options: Json) };
        chinese.Headers.AcceptLanguage.ParseAdd("zh-TW,zh;q=0.9,en;q=0.5");
        var refused = await ProblemAsync(await world.Clerk.SendAsync(chinese), HttpStatusCode.BadRequest);
        refused.GetProperty("title").GetString().Should().Be("請求內容不正確。");
        refused.GetProperty("errors").GetProperty("problem")[0].GetString().Should().MatchRegex(@"\p{IsCJKUnifiedIdeographs}", "FluentValidation's zh-TW messages");

        using var missing = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/calls/{Guid.CreateVersion7()}");
        missing.Headers.AcceptLanguage.ParseAdd("zh-TW");
        (await ProblemAsync(await world.Clerk.SendAsync(missing), HttpStatusCode.NotFound)).GetProperty("title").GetString().Should().Be("找不到資料。");

        var english = await ProblemAsync(await world.Clerk.PostAsJsonAsync("/api/v1/calls", body, Json), HttpStatusCode.BadRequest);
        english.GetProperty("title").GetString().Should().Be("The request is not valid.");
        english.GetProperty("errors").GetProperty("problem")[0].GetString().Should().Contain("must not be empty");
    }

    [Test]
    public async Task Reports_answer_CSV_with_a_BOM_when_asked_for_it_and_JSON_otherwise()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        var intake = await world.InWorkshopAsync(TimeSpan.FromDays(2));
        var today = LocalToday;

        var movements = await CsvAsync(world.Clerk, $"/api/v1/registers/product-movements?unitId={world.Unit.Id}&date={today}");
        movements.Lines[0].Should().StartWith("序號 Sequence,日期 Date");
        movements.Lines.Should().ContainSingle(l => l.Contains(intake.PickupReceipt.Number, StringComparison.Ordinal) && l.Contains(",In,", StringComparison.Ordinal));

        var calls = await CsvAsync(world.Clerk, $"/api/v1/calls?unitId={world.Unit.Id}&date=2026-11-20");
        calls.Lines[0].Should().StartWith("叫修單號 Number");
        calls.Lines.Should().Contain(l => l.StartsWith(intake.Call.Number + ",", StringComparison.Ordinal));

        var unitDay = await CsvAsync(world.Supervisor, $"/api/v1/reports/supervisor-daily?unitId={world.Unit.Id}&date={today}");
        unitDay.Lines[0].Should().StartWith("技術員 Technician");
        unitDay.Lines[^1].Should().StartWith("合計 Total,");

        var kpis = await CsvAsync(world.Supervisor, $"/api/v1/reports/kpi?unitId={world.Unit.Id}&from={today}&to={today}");
        kpis.Lines[0].Should().Contain("K1 %");
        kpis.Lines[^1].Should().StartWith("Total,");

        var json = await world.Clerk.GetAsync($"/api/v1/registers/product-movements?unitId={world.Unit.Id}&date={today}");
        json.Content.Headers.ContentType!.MediaType.Should().Be("application/json", "CSV only when asked for by name");
    }

    private static async Task<(string ContentType, string[] Lines)> CsvAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/csv");
        var response = await ExpectAsync(client.SendAsync(request), HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        bytes.Take(3).Should().Equal(new byte[] { 0xEF, 0xBB, 0xBF }, "a spreadsheet reads the BOM as UTF-8");
        var text = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        return (response.Content.Headers.ContentType.MediaType!, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }
}
