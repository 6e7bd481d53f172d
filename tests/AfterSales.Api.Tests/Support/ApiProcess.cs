using System.Diagnostics;
using System.Net.Http.Headers;
using AfterSales.Infrastructure.Persistence.LocalPostgres;

namespace AfterSales.Api.Tests.Support;

/// <summary>
/// The API as an operating-system process of its own, in Production, on a free port of 127.0.0.1: an
/// instance as it is deployed, which a test can run beside others on the same database and kill with
/// SIGKILL. It shares the in-process API's signing key, so the tests' tokens are good on it too.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private const string SigningKey = "development-only-signing-key-change-me-0123456789";

    private readonly Process _process;
    private readonly Task<string> _output;

    private ApiProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        _output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public static Task<ApiProcess> StartAsync(string connectionString, IDictionary<string, string>? settings = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__AfterSales"] = connectionString,
            ["Auth__SigningKey"] = SigningKey,
            ["Database__MigrateOnStartup"] = "false",
            ["RateLimiting__Enabled"] = "false",
            ["Webhooks__Deliver"] = "false",
            ["Duties__Run"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        return StartProgramAsync("AfterSales.Api.dll", environment, "/health/ready");
    }

    /// <summary>The raw-Npgsql floor the load scripts compare the API with (tools/AfterSales.RawBaseline), on this database.</summary>
    public static Task<ApiProcess> StartRawBaselineAsync(string connectionString) =>
        StartProgramAsync("AfterSales.RawBaseline.dll", new Dictionary<string, string> { ["ConnectionStrings__AfterSales"] = connectionString }, "/health/live");

    private static async Task<ApiProcess> StartProgramAsync(string dll, IDictionary<string, string> environment, string readyPath)
    {
        var port = LocalPostgresServer.FreePort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, dll)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var api = new ApiProcess(Process.Start(start)!, port);
        using var probe = new HttpClient { BaseAddress = api.BaseAddress };
        for (var i = 0; i < 600; i++)
        {
            if (api._process.HasExited)
            {
                throw new InvalidOperationException($"{dll} exited ({api._process.ExitCode}): {await api._output}");
            }

            try
            {
                if ((await probe.GetAsync(readyPath)).IsSuccessStatusCode)
                {
                    return api;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(50);
        }

        await api.DisposeAsync();
        throw new TimeoutException($"{dll} did not become ready.");
    }

    /// <summary>A client of this instance with the same bearer token as <paramref name="shared"/>.</summary>
    public HttpClient Client(HttpClient shared) => new()
    {
        BaseAddress = BaseAddress,
        DefaultRequestHeaders = { Authorization = shared.DefaultRequestHeaders.Authorization is { } auth ? new AuthenticationHeaderValue(auth.Scheme, auth.Parameter) : null },
    };

    /// <summary>SIGKILL: the process ends at once, in the middle of whatever it was doing.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }
}
