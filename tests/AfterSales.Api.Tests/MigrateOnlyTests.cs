using System.Diagnostics;
using AfterSales.Api.Tests.Support;
using Npgsql;

namespace AfterSales.Api.Tests;

/// <summary>Migrations as a deployment step: <c>--migrate-only</c> migrates an empty database and exits, serving nothing.</summary>
public class MigrateOnlyTests : ApiTest
{
    [Test]
    public async Task The_API_run_with_migrate_only_applies_every_migration_to_an_empty_database_and_exits()
    {
        var name = $"migrate_only_{Guid.NewGuid():N}";
        await Db.ExecuteAsync($"CREATE DATABASE {name}");
        try
        {
            var target = new NpgsqlConnectionStringBuilder(Db.ConnectionString) { Database = name }.ConnectionString;
            var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "AfterSales.Api.dll"), "--migrate-only"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = AppContext.BaseDirectory,
            };
            start.Environment["ConnectionStrings__AfterSales"] = target;
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["Auth__SigningKey"] = "migrate-only-test-signing-key-of-32-characters";
            start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);

            process.ExitCode.Should().Be(0, await errors + await output);
            (await output).Should().NotContain("Now listening", "it migrates and exits without serving");
            await using var connection = new NpgsqlConnection(target);
            await connection.OpenAsync();
            await using var count = new NpgsqlCommand("SELECT count(*) FROM __ef_migrations_history", connection);
            var applied = (long)(await count.ExecuteScalarAsync())!;
            applied.Should().Be(typeof(AfterSales.Infrastructure.Persistence.AppDbContext).Assembly.GetTypes()
                .Count(t => t.IsSubclassOf(typeof(Microsoft.EntityFrameworkCore.Migrations.Migration))));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await Db.ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }
}
