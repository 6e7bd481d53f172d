using AfterSales.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AfterSales.Api.Tests.Support;

/// <summary>The real API, in process, over real HTTP semantics, against the test PostgreSQL.</summary>
public sealed class AfterSalesApiFactory(
    string connectionString,
    string environment = "Development",
    IDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    /// <summary>Starts at the real time, since token lifetimes are checked against the system clock.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting($"ConnectionStrings:{DatabaseBootstrap.ConnectionStringName}", connectionString);
        builder.UseSetting("Database:SeedDemoData", "false");

        // Only the webhook tests deliver, from an API of their own; others would race them for the subscriptions.
        builder.UseSetting("Webhooks:Deliver", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(collection =>
        {
            collection.AddSingleton<TimeProvider>(Clock);
            services?.Invoke(collection);
        });
    }
}
