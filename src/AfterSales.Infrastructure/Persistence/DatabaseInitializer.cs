using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AfterSales.Infrastructure.Persistence;

/// <summary>
/// Applies the migrations at start-up and, where configured, the demo data; or, run with
/// <c>--migrate-only</c>, the migrations alone, as a deployment step before any instance starts.
/// </summary>
public sealed class DatabaseInitializer(IServiceScopeFactory scopes, IConfiguration configuration) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (configuration.GetValue("Database:MigrateOnStartup", true))
        {
            await MigrateAsync(db, cancellationToken);
        }

        if (configuration.GetValue("Database:SeedDemoData", false))
        {
            await DemoData.SeedAsync(db, cancellationToken);
        }
    }

    /// <summary>The migrations alone (<c>--migrate-only</c>): several instances then never race to migrate.</summary>
    public async Task MigrateOnlyAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await MigrateAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), cancellationToken);
    }

    private static async Task MigrateAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        // EF reads the history table before creating it and logs that first read as a failure on a
        // new database; creating it (in EF's own shape) first keeps a newcomer's first start clean.
        await db.Database.ExecuteSqlRawAsync(
            "CREATE TABLE IF NOT EXISTS __ef_migrations_history (migration_id character varying(150) NOT NULL PRIMARY KEY, product_version character varying(32) NOT NULL)",
            cancellationToken);
        // A migration may count a large history once (KpiDailyCounts: a million calls in about a
        // minute); requests keep the short timeout, the start-up migration does not.
        // Migrating also compares the model with the last migration's snapshot (about a second at
        // start); when every migration is already applied there is nothing to do.
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            await db.Database.MigrateAsync(cancellationToken);
            db.Database.SetCommandTimeout(null);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
