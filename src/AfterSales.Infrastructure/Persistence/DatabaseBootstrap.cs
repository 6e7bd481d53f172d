using AfterSales.Infrastructure.Persistence.LocalPostgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AfterSales.Infrastructure.Persistence;

/// <summary>
/// Decides which PostgreSQL the API talks to: the configured one, or in Development with none
/// configured, a local cluster in the repository's git-ignored .postgres folder that the API starts
/// (or reuses) on 127.0.0.1.
/// </summary>
public static partial class DatabaseBootstrap
{
    public const string ConnectionStringName = "AfterSales";
    public const int DefaultLocalPort = 54329;
    private const string LocalPassword = "aftersales-dev";

    public static async Task<string> ResolveConnectionStringAsync(IConfiguration configuration, IHostEnvironment environment, ILogger logger)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"No database configured. Set ConnectionStrings__{ConnectionStringName} to a PostgreSQL connection string.");
        }

        var root = FindRepositoryRoot(environment.ContentRootPath);
        var port = configuration.GetValue("LocalPostgres:Port", DefaultLocalPort);
        // A run that must not touch the developer's cluster (the generated client's test) names its own.
        var dataDirectory = configuration.GetValue<string>("LocalPostgres:DataDirectory") ?? Path.Combine(root, ".postgres", "data");
        var server = LocalPostgresServer.For(dataDirectory, port, LocalPassword);
        LogStarting(logger, server.DataDirectory, port);
        var connectionString = await server.EnsureRunningAsync("aftersales");
        LogReady(logger, port);
        return connectionString;
    }

    private static string FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AfterSales.sln")))
            {
                return dir.FullName;
            }
        }

        return start;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No ConnectionStrings__AfterSales: using the local PostgreSQL in {DataDirectory} on 127.0.0.1:{Port}")]
    private static partial void LogStarting(ILogger logger, string dataDirectory, int port);

    [LoggerMessage(Level = LogLevel.Information, Message = "Local PostgreSQL ready on 127.0.0.1:{Port} (stop it with: pg_ctl stop -D .postgres/data)")]
    private static partial void LogReady(ILogger logger, int port);
}
