using AfterSales.Application.Common.Behaviours;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace AfterSales.Api.Infrastructure;

/// <summary>
/// OpenTelemetry: traces of each request (ASP.NET Core) and its SQL (Npgsql, under EF Core), metrics of
/// requests, the runtime, Npgsql's pool and the domain (<see cref="AfterSalesTelemetry"/>), exported with
/// OTLP to <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (and the other standard OTEL_* settings). With no endpoint
/// nothing is collected, so an instance that exports nothing pays nothing for it.
/// </summary>
internal static class TelemetrySetup
{
    public const string EndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IServiceCollection AddAfterSalesTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = configuration[EndpointSetting];
        if (string.IsNullOrWhiteSpace(endpoint) && !configuration.GetValue("OpenTelemetry:Enabled", false))
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration["OTEL_SERVICE_NAME"] ?? "aftersales-api"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(aspNet => aspNet.Filter = http => !http.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
                // Npgsql traces its commands on its own ActivitySource; naming it keeps the API free of Npgsql types.
                .AddSource("Npgsql"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(AfterSalesTelemetry.Name, "Npgsql"));
        if (!string.IsNullOrWhiteSpace(endpoint))
        {
            telemetry.UseOtlpExporter();
        }

        return services;
    }
}
