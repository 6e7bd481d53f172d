using System.Globalization;
using System.Threading.RateLimiting;
using AfterSales.Infrastructure.Auth;

namespace AfterSales.Api.Infrastructure;

/// <summary>Rate limits: <c>RateLimiting__*</c> settings.</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>Requests a signed-in caller (by token subject) may make per minute.</summary>
    public int PermitsPerMinute { get; set; } = 600;

    /// <summary>Requests an anonymous client (by address) may make per minute, e.g. to the token route.</summary>
    public int AnonymousPermitsPerMinute { get; set; } = 60;
}

public static class RequestLimits
{
    /// <summary>The largest request body taken; no command of the regulation needs more.</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    /// <summary>
    /// One fixed window per caller: the token's subject when signed in, the client address otherwise.
    /// Health probes are not limited (orchestrators poll them). A refusal is a 429 problem with Retry-After.
    /// </summary>
    public static IServiceCollection AddAfterSalesRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(RateLimitingOptions.Section).Get<RateLimitingOptions>() ?? new RateLimitingOptions();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, Caller>(http =>
            {
                if (http.Request.Path.StartsWithSegments("/health"))
                {
                    return RateLimitPartition.GetNoLimiter(new Caller(null, null, Unlimited: true));
                }

                var subject = http.User.Identity?.IsAuthenticated == true ? http.User.FindFirst(AfterSalesClaims.Subject)?.Value : null;
                return subject is not null
                    ? Window(new Caller(subject, null), settings.PermitsPerMinute)
                    : Window(new Caller(null, http.Connection.RemoteIpAddress), settings.AnonymousPermitsPerMinute);
            });
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = new Microsoft.AspNetCore.Mvc.ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Type = ProblemDetailsExceptionHandler.TypePrefix + "rate-limited",
                        Title = "Too many requests.",
                        Detail = $"The limit of requests per minute was reached; retry after {seconds} s.",
                    },
                });
            };
        });
        return services;
    }

    /// <summary>
    /// Adds the limiter to the pipeline only when it limits (<c>RateLimiting__Enabled</c>, on by default): switched
    /// off, it would still look up a partition for every request.
    /// </summary>
    public static IApplicationBuilder UseAfterSalesRateLimiting(this IApplicationBuilder app, IConfiguration configuration) =>
        (configuration.GetSection(RateLimitingOptions.Section).Get<RateLimitingOptions>() ?? new RateLimitingOptions()).Enabled
            ? app.UseRateLimiter()
            : app;

    /// <summary>Whose window a request counts in: the token's subject, else the client's address (a key built without text).</summary>
    private readonly record struct Caller(string? Subject, System.Net.IPAddress? Address, bool Unlimited = false);

    private static RateLimitPartition<Caller> Window(Caller key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    /// <summary>
    /// Refuses a body announced as larger than the limit before it is read (Kestrel enforces the same
    /// limit on bodies sent without a length).
    /// </summary>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) =>
        app.Use((context, next) =>
            context.Request.ContentLength > MaxRequestBodyBytes
                ? throw new BadHttpRequestException($"The request body may be at most {MaxRequestBodyBytes} bytes.", StatusCodes.Status413PayloadTooLarge)
                : next(context));
}
