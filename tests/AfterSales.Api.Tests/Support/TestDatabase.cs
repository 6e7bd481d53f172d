using AfterSales.Infrastructure.Persistence.LocalPostgres;
using Npgsql;
using Respawn;

namespace AfterSales.Api.Tests.Support;

/// <summary>
/// The PostgreSQL the API tests run against: the server named by AFTERSALES_TEST_DB, or else a
/// throwaway cluster in a temporary folder on a free port, removed when the run ends.
/// </summary>
public sealed class TestDatabase
{
    private readonly LocalPostgresServer? _server;
    private Respawner? _respawner;

    private TestDatabase(string connectionString, LocalPostgresServer? server)
    {
        ConnectionString = connectionString;
        _server = server;
    }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> StartAsync()
    {
        var external = Environment.GetEnvironmentVariable("AFTERSALES_TEST_DB");
        if (!string.IsNullOrWhiteSpace(external))
        {
            return new TestDatabase(external, null);
        }

        var folder = Path.Combine(Path.GetTempPath(), $"aftersales-test-{Guid.NewGuid():N}");
        var server = LocalPostgresServer.For(folder, LocalPostgresServer.FreePort(), Guid.NewGuid().ToString("N"));
        try
        {
            return new TestDatabase(await server.EnsureRunningAsync("aftersales_test"), server);
        }
        catch
        {
            await server.StopAsync();
            DeleteFolder(folder);
            throw;
        }
    }

    /// <summary>Empties every table but the migrations history; call after the schema exists.</summary>
    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        _respawner ??= await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = ["__ef_migrations_history"],
        });
        await _respawner.ResetAsync(connection);
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)value;
    }

    public async Task StopAsync()
    {
        if (_server is null)
        {
            return;
        }

        await _server.StopAsync();
        DeleteFolder(_server.DataDirectory);
    }

    private static void DeleteFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
