using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using AfterSales.DataGenerator;
using AfterSales.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AfterSales.ReportBench;

/// <summary>
/// Times every report against a generated year (a million calls unless told otherwise): each report's
/// answer over real HTTP (Kestrel on 127.0.0.1, sequential requests after a warm-up) beside the same
/// SQL statements, captured from that request, run alone with raw Npgsql on one open connection.
/// Generates the year first if the database has none. See docs/architecture.md, "Performance".
/// <c>dotnet run -c Release --project tools/AfterSales.ReportBench -- "&lt;connection string&gt;" [rounds=40] [calls=1000000]</c>
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length < 1)
        {
            await Console.Error.WriteLineAsync("usage: AfterSales.ReportBench \"<connection string>\" [rounds=40] [calls=1000000]");
            return 2;
        }

        var connectionString = args[0];
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40;
        var options = new GeneratorOptions();
        if (args.Length > 2)
        {
            options = options with { Calls = int.Parse(args[2], CultureInfo.InvariantCulture) };
        }

        await using (var probe = new NpgsqlConnection(connectionString))
        {
            await probe.OpenAsync();
            await using var generated = new NpgsqlCommand("SELECT to_regclass('service_units') IS NOT NULL", probe);
            if (!(bool)(await generated.ExecuteScalarAsync())! || !await HasGeneratedYearAsync(probe))
            {
                Console.WriteLine($"Generating {options.Calls:N0} calls (seed {options.Seed})…");
                await YearGenerator.RunAsync(connectionString, options, Console.Out);
            }
        }

        var capture = new CommandCapture();
        await using var api = new WebApplicationFactory<global::Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseContentRoot(ApiFolder());
            builder.UseUrls("http://127.0.0.1:0");
            builder.UseSetting($"ConnectionStrings:{DatabaseBootstrap.ConnectionStringName}", connectionString);
            builder.UseSetting("Database:SeedDemoData", "false");
            builder.UseSetting("RateLimiting:Enabled", "false");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.ConfigureTestServices(services => services.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(capture)));
        });
        api.UseKestrel(0);
        api.StartServer();
        using var http = api.CreateClient();

        var world = await World.ReadAsync(connectionString);
        var reports = new (string Name, Guid Staff, string Path)[]
        {
            ("006 technician's day", world.Supervisor, $"/api/v1/reports/technician-daily?technicianId={world.Technician}&date={world.Day:yyyy-MM-dd}"),
            ("006 unit's reports of a day", world.Supervisor, $"/api/v1/reports/technician-daily?unitId={world.Unit}&date={world.Day:yyyy-MM-dd}"),
            ("007 supervisor's day", world.Supervisor, $"/api/v1/reports/supervisor-daily?unitId={world.Unit}&date={world.Day:yyyy-MM-dd}"),
            ("R23 technician month", world.Supervisor, $"/api/v1/reports/technician-monthly?unitId={world.Unit}&month={world.Day:yyyy-MM}"),
            ("KPI unit, a month", world.Supervisor, $"/api/v1/reports/kpi?unitId={world.Unit}&from={world.MonthStart:yyyy-MM-dd}&to={world.MonthEnd:yyyy-MM-dd}&by=unit"),
            ("KPI unit, a year", world.Supervisor, $"/api/v1/reports/kpi?unitId={world.Unit}&from={options.From:yyyy-MM-dd}&to={options.To:yyyy-MM-dd}&by=unit"),
            ("KPI unit by technician, a month", world.Supervisor, $"/api/v1/reports/kpi?unitId={world.Unit}&from={world.MonthStart:yyyy-MM-dd}&to={world.MonthEnd:yyyy-MM-dd}&by=technician"),
            ("KPI company by unit, a month", world.ServiceDepartment, $"/api/v1/reports/kpi?from={world.MonthStart:yyyy-MM-dd}&to={world.MonthEnd:yyyy-MM-dd}&by=unit"),
            ("KPI company by unit, a year", world.ServiceDepartment, $"/api/v1/reports/kpi?from={options.From:yyyy-MM-dd}&to={options.To:yyyy-MM-dd}&by=unit"),
            ("KPI company by month, a year", world.ServiceDepartment, $"/api/v1/reports/kpi?from={options.From:yyyy-MM-dd}&to={options.To:yyyy-MM-dd}&by=month"),
        };

        Console.WriteLine($"{"report",-34} {"HTTP p50",9} {"p95",8} {"SQL p50",9} {"p95",8} {"ratio p95",10}  statements");
        foreach (var (name, staff, path) in reports)
        {
            var token = await TokenAsync(http, staff);
            HttpRequestMessage Request() => Get(path, token);
            for (var i = 0; i < 5; i++)
            {
                (await http.SendAsync(Request())).EnsureSuccessStatusCode();
            }

            capture.Start();
            (await http.SendAsync(Request())).EnsureSuccessStatusCode();
            var statements = capture.Stop();

            var httpTimes = new List<double>();
            for (var i = 0; i < rounds; i++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await http.SendAsync(Request());
                await response.Content.ReadAsByteArrayAsync();
                httpTimes.Add(watch.Elapsed.TotalMilliseconds);
                response.EnsureSuccessStatusCode();
            }

            var sqlTimes = await SqlAloneAsync(connectionString, statements, rounds);
            Console.WriteLine($"{name,-34} {P(httpTimes, 50),7:0.0}ms {P(httpTimes, 95),6:0.0}ms {P(sqlTimes, 50),7:0.0}ms {P(sqlTimes, 95),6:0.0}ms {P(httpTimes, 95) / Math.Max(P(sqlTimes, 95), 0.001),9:0.00}×  {statements.Count}");
        }

        return 0;
    }

    private static async Task<bool> HasGeneratedYearAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM service_units WHERE code = 'G01')", connection);
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The API's project folder (its settings files), found from the repository root above this program.</summary>
    private static string ApiFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "AfterSales.sln")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("Run the benchmark from the repository."), "src", "AfterSales.Api");
    }

    private static HttpRequestMessage Get(string path, string token) =>
        new(HttpMethod.Get, path) { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };

    private static async Task<string> TokenAsync(HttpClient http, Guid staffId)
    {
        using var response = await http.PostAsync("/api/v1/dev/tokens", JsonContent(new { staffId }));
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("accessToken").GetString()!;
    }

    private static StringContent JsonContent(object value) => new(JsonSerializer.Serialize(value), System.Text.Encoding.UTF8, "application/json");

    private static double P(List<double> times, int percentile)
    {
        var sorted = times.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    /// <summary>The request's statements in order on one open connection, every row read, as often as the HTTP rounds.</summary>
    private static async Task<List<double>> SqlAloneAsync(string connectionString, IReadOnlyList<CapturedCommand> statements, int rounds)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var times = new List<double>();
        for (var round = -5; round < rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var statement in statements)
            {
                await using var command = new NpgsqlCommand(statement.Text, connection);
                foreach (var parameter in statement.Parameters)
                {
                    command.Parameters.Add(parameter.Clone());
                }

                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        _ = reader.GetValue(i);
                    }
                }
            }

            if (round >= 0)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        return times;
    }
}

internal sealed record CapturedCommand(string Text, IReadOnlyList<NpgsqlParameter> Parameters);

/// <summary>Records the statements EF sends while switched on (one request at a time, so they are that request's).</summary>
internal sealed class CommandCapture : DbCommandInterceptor
{
    private List<CapturedCommand>? _commands;

    public void Start() => _commands = [];

    public List<CapturedCommand> Stop()
    {
        var commands = _commands ?? [];
        _commands = null;
        return commands;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _commands?.Add(new CapturedCommand(command.CommandText, command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone()).ToList()));
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}

/// <summary>Who and what the reports are read for: the first generated unit, a day and a month well inside the year.</summary>
internal sealed record World(Guid Unit, Guid Supervisor, Guid Technician, Guid ServiceDepartment, DateOnly Day)
{
    public DateOnly MonthStart => new(Day.Year, Day.Month, 1);

    public DateOnly MonthEnd => MonthStart.AddMonths(1).AddDays(-1);

    public static async Task<World> ReadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        async Task<T> One<T>(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            return (T)(await command.ExecuteScalarAsync())!;
        }

        var unit = await One<Guid>("SELECT id FROM service_units WHERE code = 'G01'");
        return new World(
            unit,
            await One<Guid>($"SELECT id FROM staff_members WHERE unit_id = '{unit}' AND 'Supervisor' = ANY(roles)"),
            await One<Guid>($"SELECT id FROM staff_members WHERE unit_id = '{unit}' AND 'Technician' = ANY(roles) ORDER BY name LIMIT 1"),
            await One<Guid>("SELECT id FROM staff_members WHERE 'ServiceDepartment' = ANY(roles) AND name LIKE 'G01 %'"),
            new DateOnly(2026, 10, 15));
    }
}
