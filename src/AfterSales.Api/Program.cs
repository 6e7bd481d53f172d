using System.Text.Json.Serialization;
using AfterSales.Api.Endpoints;
using AfterSales.Api.Infrastructure;
using AfterSales.Application;
using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Infrastructure;
using AfterSales.Infrastructure.Auth;
using AfterSales.Infrastructure.Persistence;
using AfterSales.Infrastructure.Persistence.LocalPostgres;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

var builder = WebApplication.CreateBuilder(args);

string connectionString;
using (var bootLogging = LoggerFactory.Create(logging => logging.AddConsole()))
{
    try
    {
        connectionString = await DatabaseBootstrap.ResolveConnectionStringAsync(
            builder.Configuration, builder.Environment, bootLogging.CreateLogger("AfterSales.Database"));
    }
    catch (PostgresNotInstalledException missing)
    {
        await Console.Error.WriteLineAsync(missing.Message);
        return 1;
    }
}

builder.Services.AddApplication();
builder.Services.AddSingleton(builder.Configuration.GetSection(AfterSales.Application.Surveys.SurveySettings.Section).Get<AfterSales.Application.Surveys.SurveySettings>()
    ?? new AfterSales.Application.Surveys.SurveySettings());
builder.Services.AddSingleton(builder.Configuration.GetSection(AfterSales.Application.Complaints.ComplaintSettings.Section).Get<AfterSales.Application.Complaints.ComplaintSettings>()
    ?? new AfterSales.Application.Complaints.ComplaintSettings());
builder.Services.AddSingleton(builder.Configuration.GetSection(AfterSales.Application.Contracts.ContractNoticeSettings.Section).Get<AfterSales.Application.Contracts.ContractNoticeSettings>()
    ?? new AfterSales.Application.Contracts.ContractNoticeSettings());
builder.Services.AddSingleton(builder.Configuration.GetSection(AfterSales.Application.Calls.DeadlineSettings.Section).Get<AfterSales.Application.Calls.DeadlineSettings>() ?? new AfterSales.Application.Calls.DeadlineSettings());
builder.Services.AddSingleton(builder.Configuration.GetSection(AfterSales.Application.Units.UnitQuoteSettings.Section).Get<AfterSales.Application.Units.UnitQuoteSettings>()
    ?? new AfterSales.Application.Units.UnitQuoteSettings());
builder.Services.AddInfrastructure(connectionString, builder.Configuration.GetValue("Database:PoolContexts", true),
    builder.Configuration.GetConnectionString(AfterSales.Infrastructure.Persistence.ReadReplica.ConnectionStringName));
builder.Services.AddSingleton(new ReadYourWrites(builder.Configuration.GetValue("Database:ReadYourWritesSeconds", 60)));
builder.Services.AddTimedDuties(builder.Configuration.GetSection(AfterSales.Application.Duties.DutySettings.Section).Get<AfterSales.Application.Duties.DutySettings>()
    ?? new AfterSales.Application.Duties.DutySettings());
builder.Services.AddWebhooks(builder.Configuration.GetSection(AfterSales.Infrastructure.Webhooks.WebhookSettings.Section).Get<AfterSales.Infrastructure.Webhooks.WebhookSettings>()
    ?? new AfterSales.Infrastructure.Webhooks.WebhookSettings());
builder.Services.AddAfterSalesAuthentication(builder.Configuration);
builder.Services.AddScoped<DevTokenService>();
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<ICurrentUser, CurrentUser>();
builder.Services.AddScoped<IRequestContext, RequestContext>();

builder.Services.AddMediator((Mediator.MediatorOptions options) =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies = [typeof(AfterSales.Application.DependencyInjection)];

    // Outermost first: log, say how much working time a waiting call has left, check the shape, open the transaction (a query: run it whole under the retrying strategy),
    // replay or record the idempotent answer, write the audit lines, then the handler.
    options.PipelineBehaviors =
    [
        typeof(LoggingBehaviour<,>),
        typeof(CallDeadlineBehaviour<,>),
        typeof(ValidationBehaviour<,>),
        typeof(TransactionBehaviour<,>),
        typeof(QueryBehaviour<,>),
        typeof(IdempotencyBehaviour<,>),
        typeof(AuditBehaviour<,>),
    ];
});

// Enums are names, in any case; a number names nothing (query strings are read the same way: QueryEnumBinding).
// Numbers are numbers: "12" where the contract says number is a wrong type (the web defaults would read it).
builder.Services.ConfigureHttpJsonOptions(json =>
{
    json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
    json.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
    // A value-type field left out of a body is a 400, not its default (a missing enum is not its first value).
    json.SerializerOptions.TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.WithAddedModifier(
        json.SerializerOptions.TypeInfoResolver ?? new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(), MissingValuesAreRequired.Apply);
});
builder.Services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(json => json.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false)));
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = RequestLimits.MaxRequestBodyBytes);
builder.Services.AddAfterSalesRateLimiting(builder.Configuration);

// Binding failures (bad JSON, wrong types, unknown enum values) become 400 problems in every environment.
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
    ProblemTitles.Localize(context.ProblemDetails));
builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
builder.Services.AddAfterSalesOpenApi();
builder.Services.AddAfterSalesTelemetry(builder.Configuration);

// Third-party frontends in a browser: the origins allowed come from configuration (none by default),
// and they may read the headers the contract documents.
var allowedOrigins = builder.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
    .WithOrigins(allowedOrigins)
    .AllowAnyHeader()
    .AllowAnyMethod()
    .WithExposedHeaders("ETag", "Location", "Retry-After", ReadRouting.CommitPositionHeader, ReadRouting.ReadRouteHeader)));

// Outside Development, one JSON object a log line, with the trace and span ids of the request.
builder.Logging.Configure(logging => logging.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
if (!builder.Environment.IsDevelopment())
{
    builder.Logging.ClearProviders();
    builder.Logging.AddJsonConsole(json =>
    {
        json.IncludeScopes = true;
        json.UseUtcTimestamp = true;
        json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
    });
}

var app = builder.Build();

// A deployment step (docs/operations.md): apply the migrations and exit, so instances that start
// afterwards with Database__MigrateOnStartup=false never race to migrate.
if (args.Contains("--migrate-only"))
{
    await app.Services.GetServices<IHostedService>().OfType<AfterSales.Infrastructure.Persistence.DatabaseInitializer>().Single().MigrateOnlyAsync(CancellationToken.None);
    return 0;
}

// Accept-Language: zh-TW gives problem titles and validation messages in Traditional Chinese; only the
// UI language changes, never the culture numbers and dates are read and written in.
app.UseRequestLocalization(localization =>
{
    var process = System.Globalization.CultureInfo.CurrentCulture;
    localization.DefaultRequestCulture = new Microsoft.AspNetCore.Localization.RequestCulture(process, System.Globalization.CultureInfo.CurrentUICulture);
    localization.SupportedCultures = [process];
    localization.SupportedUICultures = [System.Globalization.CultureInfo.CurrentUICulture, ProblemTitles.TraditionalChinese];
});
app.UseExceptionHandler();
app.UseStatusCodePages();
// Swagger's two middlewares test every request's path (the UI's with regular expressions); only /swagger
// reaches them, so the API's own routes do not pay for that (docs/architecture.md, "Performance").
app.UseWhen(context => context.Request.Path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase), swagger =>
{
    swagger.UseSwagger();
    swagger.UseSwaggerUI(ui =>
    {
        ui.SwaggerEndpoint("/swagger/v1/swagger.json", "AfterSales API v1");
        ui.DocumentTitle = "AfterSales API";
    });
});
app.UseRequestBodyLimit();
app.UseRouting();
app.UseCors();
app.UseAuthentication();
app.UseAfterSalesRateLimiting(app.Configuration);
app.UseAuthorization();
// Without a standby there is nothing to route: the middleware is not in the pipeline at all.
if (app.Services.GetService<ReadReplica>() is not null)
{
    app.UseMiddleware<ReadRouting>();
}

app.UseMiddleware<QueryEnumBinding>();

// Every API route answers a versioned resource with its ETag.
var api = app.MapGroup(string.Empty).AddEndpointFilter<ETagFilter>();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
api.MapUnitEndpoints();
api.MapStaffEndpoints();
api.MapCustomerEndpoints();
api.MapCertificateEndpoints();
api.MapContractEndpoints();
api.MapCallEndpoints();
api.MapRepairCardEndpoints();
api.MapRegisterEndpoints();
api.MapReportEndpoints();
api.MapSurveyEndpoints();
api.MapComplaintEndpoints();
api.MapEvaluationEndpoints();
api.MapBillingEndpoints();
api.MapArchiveEndpoints();
api.MapEventEndpoints();
if (app.Environment.IsDevelopment())
{
    app.MapDevTokenEndpoints();
}

app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Log(app));

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the API tests' WebApplicationFactory.</summary>
public partial class Program;
