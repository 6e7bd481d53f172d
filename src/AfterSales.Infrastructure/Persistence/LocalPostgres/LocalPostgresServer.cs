using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace AfterSales.Infrastructure.Persistence.LocalPostgres;

/// <summary>
/// A PostgreSQL cluster that the project runs itself from the installed server binaries: for
/// `dotnet run` in Development (kept in a git-ignored folder of the repository and reused) and for
/// the tests (a throwaway cluster in a temporary folder). The server refuses to run as root, so as
/// root it runs as the `postgres` user.
/// </summary>
public sealed class LocalPostgresServer
{
    public const string User = "aftersales";

    private readonly string _binDirectory;

    private LocalPostgresServer(string binDirectory, string dataDirectory, int port, string password)
    {
        _binDirectory = binDirectory;
        DataDirectory = dataDirectory;
        Port = port;
        Password = password;
    }

    public string DataDirectory { get; }

    public int Port { get; }

    public string Password { get; }

    private static bool RunningAsRoot => Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root";

    /// <summary>Finds the server binaries on PATH or under Debian's folder, or explains how to get them.</summary>
    public static LocalPostgresServer For(string dataDirectory, int port, string password) =>
        For(dataDirectory, port, password, Environment.GetEnvironmentVariable("PATH") ?? string.Empty, "/usr/lib/postgresql");

    public static LocalPostgresServer For(string dataDirectory, int port, string password, string searchPath, string debianRoot) =>
        new(FindBinaries(searchPath, debianRoot), Path.GetFullPath(dataDirectory), port, password);

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = User,
        Password = Password,
        Database = database,
    }.ConnectionString;

    /// <summary>Creates the cluster if it is new, starts it unless it already runs, and creates the database.</summary>
    public async Task<string> EnsureRunningAsync(string database, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            await InitializeAsync(cancellationToken);
        }

        if (await RunAsync("pg_ctl", ["status", "-D", DataDirectory], throwOnError: false, cancellationToken) != 0)
        {
            await RunAsync("pg_ctl", ["start", "-D", DataDirectory, "-l", Path.Combine(DataDirectory, "server.log"), "-w", "-t", "60"], throwOnError: true, cancellationToken);
        }

        // A one-off maintenance connection, not pooled: a pooled one could be a dead socket from before a restart.
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString("postgres")) { Pooling = false }.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", database);
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        return ConnectionString(database);
    }

    /// <summary>
    /// A streaming standby of this running server in <paramref name="standbyDirectory"/> on <paramref name="standbyPort"/>:
    /// a base backup (<c>pg_basebackup -R</c>, which also writes how to follow this server), started. For trying
    /// and testing reads from a replica (<c>ConnectionStrings__AfterSalesReplica</c>) on one machine.
    /// </summary>
    public async Task<LocalPostgresServer> StartStandbyAsync(string standbyDirectory, int standbyPort, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(standbyDirectory);
        if (RunningAsRoot)
        {
            await RunProcessAsync("chown", ["postgres:postgres", standbyDirectory], cancellationToken);
            await RunProcessAsync("chmod", ["700", standbyDirectory], cancellationToken);
        }

        var source = $"host=127.0.0.1 port={Port} user={User} password={Password} dbname=postgres";
        await RunAsync("pg_basebackup", ["-D", standbyDirectory, "-d", source, "-R", "-X", "stream", "--checkpoint=fast", "--no-sync"], throwOnError: true, cancellationToken);
        await File.AppendAllTextAsync(Path.Combine(standbyDirectory, "postgresql.conf"), $"\nport = {standbyPort}\nhot_standby = on\n", cancellationToken);
        if (RunningAsRoot)
        {
            await RunProcessAsync("chown", ["postgres:postgres", Path.Combine(standbyDirectory, "postgresql.conf")], cancellationToken);
        }

        var standby = new LocalPostgresServer(_binDirectory, Path.GetFullPath(standbyDirectory), standbyPort, Password);
        await standby.RunAsync("pg_ctl", ["start", "-D", standbyDirectory, "-l", Path.Combine(standbyDirectory, "server.log"), "-w", "-t", "60"], throwOnError: true, cancellationToken);
        return standby;
    }

    /// <summary>Stops a server started by <see cref="StartStandbyAsync"/> and removes its folder.</summary>
    public async Task StopAndRemoveAsync()
    {
        await RunAsync("pg_ctl", ["stop", "-D", DataDirectory, "-m", "immediate", "-w"], throwOnError: false, CancellationToken.None);
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    public async Task StopAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await RunAsync("pg_ctl", ["stop", "-D", DataDirectory, "-m", "immediate", "-w"], throwOnError: false, CancellationToken.None);
    }

    /// <summary>
    /// Stops the server as a crash or a restart would, leaving every client's pooled connections
    /// broken (the outage a running API must survive); the data stays, and EnsureRunningAsync starts it again.
    /// </summary>
    public async Task InterruptAsync() =>
        await RunAsync("pg_ctl", ["stop", "-D", DataDirectory, "-m", "fast", "-w"], throwOnError: true, CancellationToken.None);

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(DataDirectory);
        var passwordFile = Path.Combine(Path.GetTempPath(), $"aftersales-pw-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(passwordFile, Password, cancellationToken);
        try
        {
            if (RunningAsRoot)
            {
                await RunProcessAsync("chown", ["-R", "postgres:postgres", DataDirectory, passwordFile], cancellationToken);
            }

            await RunAsync(
                "initdb",
                ["-D", DataDirectory, "-U", User, "--pwfile", passwordFile, "-A", "scram-sha-256", "-E", "UTF8", "--locale", "C", "--no-sync"],
                throwOnError: true,
                cancellationToken);
        }
        finally
        {
            File.Delete(passwordFile);
        }

        // Loopback TCP only, on our own port, with no socket file to collide with a system server.
        await File.AppendAllTextAsync(
            Path.Combine(DataDirectory, "postgresql.conf"),
            $"\nport = {Port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\nfsync = off\nmax_connections = 200\n",
            cancellationToken);
    }

    private Task<int> RunAsync(string tool, IReadOnlyList<string> arguments, bool throwOnError, CancellationToken cancellationToken)
    {
        var executable = Path.Combine(_binDirectory, tool);
        return RunningAsRoot
            ? RunProcessAsync("runuser", ["-u", "postgres", "--", executable, .. arguments], cancellationToken, throwOnError)
            : RunProcessAsync(executable, arguments, cancellationToken, throwOnError);
    }

    private static async Task<int> RunProcessAsync(string fileName, IReadOnlyList<string> arguments, CancellationToken cancellationToken, bool throwOnError = true)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");

        // pg_ctl start leaves the server holding inherited pipes; read until exit, not until end of stream.
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0 && throwOnError)
        {
            var errorText = error.IsCompleted ? await error : string.Empty;
            var outputText = output.IsCompleted ? await output : string.Empty;
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} failed ({process.ExitCode}): {errorText}{outputText}");
        }

        return process.ExitCode;
    }

    private static string FindBinaries(string searchPath, string debianRoot)
    {
        var onPath = searchPath
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(dir => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")))
            .Select(dir => Path.GetDirectoryName(ResolveLink(Path.Combine(dir, "pg_ctl")))!);
        IEnumerable<string> debian = Directory.Exists(debianRoot)
            ? Directory.GetDirectories(debianRoot)
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var v) ? v : 0)
            : [];

        return onPath.Concat(debian).FirstOrDefault() ?? throw new PostgresNotInstalledException();
    }

    private static string ResolveLink(string path) =>
        new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
}

public sealed class PostgresNotInstalledException() : Exception(
    "No PostgreSQL server binaries (initdb, pg_ctl) were found on PATH or under /usr/lib/postgresql/*/bin. " +
    "Install PostgreSQL 15 or newer (Debian/Ubuntu: sudo apt-get install postgresql), " +
    "or point the API at an existing server: export ConnectionStrings__AfterSales=\"Host=...;Database=...;Username=...;Password=...\".");
