using AfterSales.Application.Common.Interfaces;
using AfterSales.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AfterSales.Infrastructure;

public static class DependencyInjection
{
    /// <param name="services">The application's services.</param>
    /// <param name="connectionString">The PostgreSQL to use.</param>
    /// <param name="poolContexts">
    /// Reuse DbContext instances across requests (their state is reset between uses) instead of building
    /// one per request; <c>Database__PoolContexts</c>, on by default.
    /// </param>
    /// <param name="replicaConnectionString">A standby for the queries (<see cref="ReadReplica"/>), or none.</param>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, string connectionString, bool poolContexts = true, string? replicaConnectionString = null)
    {
        var withPreparing = WithPoolingDefaults(connectionString);
        if (poolContexts)
        {
            services.AddDbContextPool<AppDbContext>(options => ConfigureCompiled(options, withPreparing));
        }
        else
        {
            services.AddDbContext<AppDbContext>(options => ConfigureCompiled(options, withPreparing));
        }

        if (string.IsNullOrWhiteSpace(replicaConnectionString))
        {
            services.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        }
        else
        {
            // A request the read routing sent to the standby gets the standby's context; every other (commands,
            // the feeds, the timed duties, webhooks) the primary's.
            services.AddSingleton(new ReadReplica(connectionString, replicaConnectionString));
            services.AddScoped<DatabaseRoute>();
            services.AddScoped<ReplicaLease>();
            services.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<DatabaseRoute>().ReadsReplica
                ? sp.GetRequiredService<ReplicaLease>().Context
                : sp.GetRequiredService<AppDbContext>());
        }

        services.AddScoped<INumberSequence, NumberSequence>();
        services.AddScoped<AfterSales.Application.Calls.Queries.GetCall.ICallReader, Persistence.Reads.CallReader>();
        services.AddScoped<IOrderedFeed, OrderedFeed>();
        services.AddSingleton<AfterSales.Application.Printing.IFormRenderer, Printing.PdfFormRenderer>();
        services.TryAddSingleton<TimeProvider>(Persistence.StoredPrecisionClock.OfTheSystem);
        services.AddHostedService<DatabaseInitializer>();
        // Ready when PostgreSQL answers through the application's own context (EF Core's health check).
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        return services;
    }

    /// <summary>
    /// How the API's connections are pooled, unless the connection string says otherwise. Npgsql prepares the
    /// statements a connection runs again and again (every command's reads and its insert): measured
    /// 1.2–1.3× on register and on reading a call. And a connection returned to the pool is not reset: EF
    /// opens and closes the connection around each query of a request, and each reset is seven statements
    /// PostgreSQL runs on the next use (measured 1.2–1.3× on reading a call). Nothing here leaves session state
    /// behind to reset (no SET, temporary tables, LISTEN or session advisory locks; transactions always end);
    /// docs/architecture.md, "Performance".
    /// </summary>
    public static string WithPoolingDefaults(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        // Npgsql's builder knows every keyword; the plain one tells which the string itself sets.
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    /// <summary>
    /// The API's configuration with the compiled model (Persistence/CompiledModel, written by
    /// <c>dotnet ef dbcontext optimize</c>): EF does not build the model at start, about 1.5 s of the cold
    /// start. Design-time tools build it from the configurations; <c>CompiledModelTests</c> fails when the
    /// two differ, so a model change without regenerating it cannot pass.
    /// </summary>
    internal static void ConfigureCompiled(DbContextOptionsBuilder options, string connectionString)
    {
        Configure(options, connectionString);
        options.UseModel(Persistence.CompiledModel.AppDbContextModel.Instance);
    }

    /// <summary>How the API talks to PostgreSQL; also used by the tools that write the same database.</summary>
    /// <summary>Webhook delivery: the SSRF guard, the HTTP client that connects through it, and (when this instance delivers) the dispatcher.</summary>
    public static IServiceCollection AddWebhooks(this IServiceCollection services, Webhooks.WebhookSettings settings)
    {
        services.AddSingleton(settings);
        services.AddSingleton<Webhooks.WebhookTargets>();
        services.AddSingleton<Application.Events.Webhooks.IWebhookTargets>(sp => sp.GetRequiredService<Webhooks.WebhookTargets>());
        services.AddHttpClient(Webhooks.WebhookDispatcher.ClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                ConnectCallback = sp.GetRequiredService<Webhooks.WebhookTargets>().ConnectAsync,
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
        if (settings.Deliver)
        {
            services.AddHostedService<Webhooks.WebhookDispatcher>();
        }

        return services;
    }

    /// <summary>The timed duties' runner, and (when this instance runs them) its rounds in the background.</summary>
    public static IServiceCollection AddTimedDuties(this IServiceCollection services, Application.Duties.DutySettings settings)
    {
        services.AddSingleton(settings);
        services.AddSingleton<Duties.DutyRunner>();
        if (settings.Run)
        {
            services.AddHostedService(sp => sp.GetRequiredService<Duties.DutyRunner>());
        }

        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql
                .MigrationsHistoryTable("__ef_migrations_history")
                // A restart or a dropped connection is retried a few times, briefly; a longer outage
                // becomes a 503 rather than a request hanging for half a minute. Commands and queries are retried whole.
                .ExecutionStrategy(dependencies => new Persistence.WholeOperationRetryingStrategy(dependencies, maxRetryCount: 3, maxRetryDelay: TimeSpan.FromSeconds(1))))
            .UseSnakeCaseNamingConvention();
}
