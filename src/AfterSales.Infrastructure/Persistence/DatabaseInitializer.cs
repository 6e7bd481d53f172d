using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AfterSales.Infrastructure.Persistence;

/// <summary>Applies the migrations at start-up and, where configured, the demo data.</summary>
public sealed class DatabaseInitializer(IServiceScopeFactory scopes, IConfiguration configuration) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (configuration.GetValue("Database:MigrateOnStartup", true))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (configuration.GetValue("Database:SeedDemoData", false))
        {
            await DemoData.SeedAsync(db, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
