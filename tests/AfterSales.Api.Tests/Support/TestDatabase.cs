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

    /// <summary>Changes rows behind the API's back, for a test that needs a state only time would bring (a deadline passed).</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The first column of every row.</summary>
    public async Task<List<T>> QueryAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<T>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }

    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)value;
    }

    /// <summary>
    /// A digest of every row of every table (but the migrations history): equal before and after
    /// means nothing in the database changed.
    /// </summary>
    public async Task<string> FingerprintAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '__ef_migrations_history' ORDER BY tablename", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var digests = new List<string>();
        foreach (var table in tables)
        {
            await using var digest = new NpgsqlCommand(
                $"SELECT '{table}:' || count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM \"{table}\" t", connection);
            digests.Add((string)(await digest.ExecuteScalarAsync())!);
        }

        return string.Join('\n', digests);
    }

    /// <summary>
    /// The KPI daily counts as the triggers kept them, and as the records count them again (kpi_rebuild,
    /// rolled back): equal means every change so far moved the counts exactly. Rows that came back to
    /// zero are left out, as a recount does not make them.
    /// </summary>
    public async Task<(string Kept, string Recounted)> KpiCountsAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        const string snapshot = """
            SELECT coalesce(string_agg(t::text, E'\n' ORDER BY t::text), '') FROM (
                SELECT 'day' AS kind, unit_id, day, zone AS grp, on_time, late_settled, not_cancelled, satisfied_items, answered_items, satisfied_cards,
                       answered_cards, returned_cards, sent_cards, fault_complaints, unjudged_complaints FROM kpi_days
                UNION ALL
                SELECT 'technician', unit_id, day, technician_id::text, on_time, late_settled, not_cancelled, satisfied_items, answered_items, satisfied_cards,
                       answered_cards, returned_cards, sent_cards, fault_complaints, unjudged_complaints FROM kpi_technician_days) t
            WHERE t.unit_id IN (SELECT id FROM service_units)
              AND (on_time, late_settled, not_cancelled, satisfied_items, answered_items, satisfied_cards, answered_cards, returned_cards, sent_cards,
                   fault_complaints, unjudged_complaints) <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            """;
        await using var transaction = await connection.BeginTransactionAsync();
        await using var kept = new NpgsqlCommand(snapshot, connection, transaction);
        var before = (string)(await kept.ExecuteScalarAsync())!;
        await using (var recount = new NpgsqlCommand("SELECT kpi_rebuild(id) FROM service_units", connection, transaction))
        {
            await recount.ExecuteNonQueryAsync();
        }

        await using var again = new NpgsqlCommand(snapshot, connection, transaction);
        var after = (string)(await again.ExecuteScalarAsync())!;
        await transaction.RollbackAsync();
        return (before, after);
    }

    /// <summary>Stops the server as an outage would (fast shutdown: sessions are cut), keeping its data.</summary>
    public Task StopServerAsync() => (_server ?? throw new InvalidOperationException("An external test database cannot be stopped.")).InterruptAsync();

    /// <summary>Starts the stopped server again on the same port, with the same data.</summary>
    public async Task RestartServerAsync()
    {
        await (_server ?? throw new InvalidOperationException("An external test database cannot be started.")).EnsureRunningAsync("aftersales_test");

        // The test's own pool (not the API's, whose recovery is what the outage tests check) drops the
        // connections the restart killed.
        await using var connection = new NpgsqlConnection(ConnectionString);
        NpgsqlConnection.ClearPool(connection);
    }

    public bool CanBeStopped => _server is not null;

    /// <summary>A streaming standby of the test server on a free port, in a folder of its own; the caller stops and removes it.</summary>
    public async Task<LocalPostgresServer> StartStandbyAsync() =>
        await (_server ?? throw new InvalidOperationException("A standby is made of the test's own server, not of an external one."))
            .StartStandbyAsync(Path.Combine(Path.GetTempPath(), $"aftersales-standby-{Guid.NewGuid():N}"), LocalPostgresServer.FreePort());

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
