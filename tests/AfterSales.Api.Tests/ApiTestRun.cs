using AfterSales.Api.Tests.Support;

namespace AfterSales.Api.Tests;

/// <summary>One PostgreSQL and one API for the whole run; stopped and removed even when tests fail.</summary>
[SetUpFixture]
public sealed class ApiTestRun
{
    public static TestDatabase Database { get; private set; } = null!;

    public static AfterSalesApiFactory Api { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        Database = await TestDatabase.StartAsync();
        // Tests make bursts of requests as one caller; the rate limiter has tests of its own.
        Api = new AfterSalesApiFactory(Database.ConnectionString, settings: new Dictionary<string, string?> { ["RateLimiting:Enabled"] = "false" });

        // Creating a client starts the host, whose initializer applies the migrations.
        Api.CreateClient().Dispose();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (Api is not null)
        {
            await Api.DisposeAsync();
        }

        if (Database is not null)
        {
            await Database.StopAsync();
        }
    }
}
