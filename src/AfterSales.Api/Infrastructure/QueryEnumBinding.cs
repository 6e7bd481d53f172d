using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Primitives;

namespace AfterSales.Api.Infrastructure;

/// <summary>
/// Enum values in a query string are read as JSON bodies read them: by name, in any case
/// (<c>zone=urban</c>, <c>status=awaiting-sign-off</c>), and never as numbers (<c>status=7</c> names no status). Minimal APIs bind
/// query enums with a case-sensitive <c>Enum.TryParse</c> that also takes any number, so each
/// endpoint's enum parameters are canonicalised here, once, before binding; an unknown value is a
/// 400 problem that lists the values allowed.
/// </summary>
public sealed class QueryEnumBinding(RequestDelegate next)
{
    private static readonly ConcurrentDictionary<Endpoint, (string Name, Type Enum)[]> Parameters = new();

    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint() is { } endpoint && context.Request.QueryString.HasValue)
        {
            var enums = Parameters.GetOrAdd(endpoint, EnumQueryParameters);
            if (enums.Length > 0)
            {
                Canonicalise(context.Request, enums);
            }
        }

        return next(context);
    }

    private static void Canonicalise(HttpRequest request, (string Name, Type Enum)[] enums)
    {
        Dictionary<string, StringValues>? rewritten = null;
        foreach (var (name, enumType) in enums)
        {
            if (!request.Query.TryGetValue(name, out var values) || StringValues.IsNullOrEmpty(values))
            {
                continue;
            }

            var canonical = new string?[values.Count];
            for (var i = 0; i < values.Count; i++)
            {
                var value = values[i]!;
                canonical[i] = Enum.GetNames(enumType).FirstOrDefault(n => string.Equals(n, Compact(value), StringComparison.OrdinalIgnoreCase))
                    ?? throw new BadHttpRequestException(
                        $"Query parameter '{name}' must be one of {string.Join(", ", Enum.GetNames(enumType))} (any case); '{value}' is none of them.");
            }

            rewritten ??= request.Query.ToDictionary(q => q.Key, q => q.Value, StringComparer.OrdinalIgnoreCase);
            rewritten[name] = new StringValues(canonical);
        }

        if (rewritten is not null)
        {
            request.Query = new QueryCollection(rewritten);
        }
    }

    /// <summary>"awaiting-sign-off" and "awaiting_sign_off" read as AwaitingSignOff.</summary>
    private static string Compact(string value) => value.Trim().Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal);

    private static (string Name, Type Enum)[] EnumQueryParameters(Endpoint endpoint)
    {
        var method = endpoint.Metadata.GetMetadata<MethodInfo>();
        if (method is null)
        {
            return [];
        }

        return method.GetParameters()
            .Select(p => (Parameter: p, Type: Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType))
            .Where(p => p.Type.IsEnum && p.Parameter.Name is not null && !IsFromRouteOrBody(p.Parameter, endpoint))
            .Select(p => (p.Parameter.Name!, p.Type))
            .ToArray();
    }

    private static bool IsFromRouteOrBody(ParameterInfo parameter, Endpoint endpoint) =>
        parameter.GetCustomAttributes().Any(a => a is IFromRouteMetadata or IFromBodyMetadata) ||
        (endpoint is RouteEndpoint route && route.RoutePattern.Parameters.Any(p => string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase)));
}
