using System.Net;
using System.Text.Json;
using AfterSales.Api.Tests.Support;
using AfterSales.DataGenerator;
using Npgsql;

namespace AfterSales.Api.Tests;

/// <summary>
/// The data generator behind the report benchmarks (tools/AfterSales.DataGenerator), at a small size:
/// one seed gives the same rows every time, the rows are ones the API reads back, and the year holds
/// what the reports count (late arrivals, workshop repairs, answers, complaints, reviewed reports).
/// </summary>
public sealed class GeneratedYearTests : ApiTest
{
    private static readonly GeneratorOptions Small = new() { Calls = 1_200, Units = 2, TechniciansPerUnit = 4, CustomersPerUnit = 120, Seed = 7 };

    [Test]
    public async Task The_same_seed_generates_the_same_year_and_the_API_reads_it_back()
    {
        await YearGenerator.RunAsync(Db.ConnectionString, Small, TextWriter.Null);
        var again = await FreshDatabaseAsync("generated_again");
        await YearGenerator.RunAsync(again, Small, TextWriter.Null);

        var first = await DigestAsync(Db.ConnectionString);
        var second = await DigestAsync(again);
        await DropDatabaseAsync("generated_again");
        first.Should().Be(second);
        first.Should().Contain("repair_calls:1200:");

        (await Db.CountAsync("SELECT count(DISTINCT status) FROM repair_calls")).Should().BeGreaterThanOrEqualTo(5, "calls are generated through every state");
        (await Db.CountAsync("SELECT count(*) FROM repair_calls WHERE deadline_met = false")).Should().BePositive();
        (await Db.CountAsync("SELECT count(*) FROM repair_cards WHERE status = 'Closed'")).Should().BePositive();
        (await Db.CountAsync("SELECT count(*) FROM survey_cards WHERE status = 'Returned'")).Should().BePositive();
        (await Db.CountAsync("SELECT count(*) FROM technician_daily_reports WHERE status = 'Reviewed'")).Should().BePositive();

        var unitId = await Db.ScalarAsync<Guid>("SELECT id FROM service_units WHERE code = 'G01'");
        var supervisor = await ClientForStaffAsync(await Db.ScalarAsync<Guid>($"SELECT id FROM staff_members WHERE unit_id = '{unitId}' AND 'Supervisor' = ANY(roles)"));
        foreach (var (route, table) in new[] { ("calls", "repair_calls"), ("repair-cards", "repair_cards"), ("complaints", "complaints") })
        {
            var id = await Db.ScalarAsync<Guid>($"SELECT id FROM {table} WHERE unit_id = '{unitId}' ORDER BY id DESC LIMIT 1");
            (await supervisor.GetAsync($"/api/v1/{route}/{id}")).StatusCode.Should().Be(HttpStatusCode.OK, route);
        }

        var kpi = await ReadAsync<JsonElement>(await ExpectAsync(supervisor.GetAsync($"/api/v1/reports/kpi?unitId={unitId}&from={Small.From:yyyy-MM-dd}&to={Small.To:yyyy-MM-dd}&by=unit"), HttpStatusCode.OK));
        var onTime = kpi.GetProperty("groups")[0].GetProperty("onTime");
        onTime.GetProperty("numerator").GetInt32().Should().BeLessThan(onTime.GetProperty("denominator").GetInt32()).And.BePositive();
        var day = await Db.ScalarAsync<DateOnly>($"SELECT date FROM supervisor_daily_reports WHERE unit_id = '{unitId}' AND status = 'Checked' ORDER BY date LIMIT 1");
        await ExpectAsync(supervisor.GetAsync($"/api/v1/reports/supervisor-daily?unitId={unitId}&date={day:yyyy-MM-dd}"), HttpStatusCode.OK);
    }

    private static async Task<string> FreshDatabaseAsync(string name)
    {
        await DropDatabaseAsync(name);
        await MaintenanceAsync($"CREATE DATABASE {name}");
        return new NpgsqlConnectionStringBuilder(Db.ConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>The second database is only for the comparison; a shared test server keeps nothing of it.</summary>
    private static Task DropDatabaseAsync(string name) => MaintenanceAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");

    private static async Task MaintenanceAsync(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(Db.ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Every table's rows but the numbers the database assigns (transaction ids, identities), which depend on the server and not on the seed.</summary>
    private static async Task<string> DigestAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '__ef_migrations_history' ORDER BY tablename", connection))
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
                $"SELECT '{table}:' || count(*) || ':' || md5(coalesce(string_agg((to_jsonb(t) - 'feed_txid' - 'feed_sequence' - 'sequence')::text, '|' ORDER BY (to_jsonb(t) - 'feed_txid' - 'feed_sequence' - 'sequence')::text), '')) FROM \"{table}\" t", connection);
            digests.Add((string)(await digest.ExecuteScalarAsync())!);
        }

        return string.Join('\n', digests);
    }
}
