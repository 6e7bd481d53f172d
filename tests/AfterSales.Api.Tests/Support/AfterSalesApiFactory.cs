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
    Action<IServiceCollection>? services = null,
    DateTimeOffset? clockStart = null)
    : WebApplicationFactory<Program>
{
    /// <summary>
    /// The API's clock: at the real time unless the test names its moment (a fake clock only moves forward, so a
    /// test set on a fixed day starts there rather than moving back to it). Token lifetimes are checked
    /// against the system clock, whatever this one reads. Whole microseconds, as the API's own clock reads
    /// (<see cref="StoredPrecisionClock"/>): an instant it answers with is the instant it stores.
    /// </summary>
    public FakeTimeProvider Clock { get; } = new(clockStart ?? StoredPrecisionClock.ToStoredPrecision(DateTimeOffset.UtcNow));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting($"ConnectionStrings:{DatabaseBootstrap.ConnectionStringName}", connectionString);
        builder.UseSetting("Database:SeedDemoData", "false");

        // Only the webhook tests deliver, from an API of their own; others would race them for the subscriptions.
        builder.UseSetting("Webhooks:Deliver", "false");

        // The timed duties run when a test asks (DutyRunner.RunDueAsync), on the test's clock.
        builder.UseSetting("Duties:Run", "false");
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
