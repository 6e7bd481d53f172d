using System.Text.Json.Nodes;
using AfterSales.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Api.Tests.Support;

/// <summary>One operation of the committed contract (api-specs/openapi.json).</summary>
public sealed record ContractOperation(string Method, string Path, string OperationId, JsonObject Operation)
{
    public IEnumerable<JsonObject> Parameters(string where) =>
        (Operation["parameters"] as JsonArray ?? []).OfType<JsonObject>().Where(p => (string?)p["in"] == where);

    public JsonObject? BodySchema => Operation["requestBody"]?["content"]?["application/json"]?["schema"] as JsonObject;

    public bool IsCommand => Method is "POST" or "PUT";

    public override string ToString() => $"{Method} {Path} ({OperationId})";
}

/// <summary>The contract as tests read it: its operations, its schemas, and who may call each operation.</summary>
public static class Contract
{
    private static readonly Lazy<JsonObject> Document = new(() => (JsonObject)JsonNode.Parse(File.ReadAllText(SpecPath()))!);

    public static IEnumerable<ContractOperation> Operations()
    {
        var paths = (JsonObject)Document.Value["paths"]!;
        foreach (var (path, item) in paths)
        {
            foreach (var (method, operation) in (JsonObject)item!)
            {
                yield return new ContractOperation(method.ToUpperInvariant(), path, (string)operation!["operationId"]!, (JsonObject)operation);
            }
        }
    }

    /// <summary>Follows a <c>$ref</c> to its schema in components.</summary>
    public static JsonObject Resolve(JsonObject schema)
    {
        while (schema["$ref"] is JsonValue reference)
        {
            var name = ((string)reference!).Split('/')[^1];
            schema = (JsonObject)Document.Value["components"]!["schemas"]![name]!;
        }

        return schema;
    }

    /// <summary>
    /// The roles the served endpoint requires (from its authorization metadata); empty for any signed-in
    /// staff member; null when anonymous callers are allowed.
    /// </summary>
    public static IReadOnlyList<Role>? RolesFor(ContractOperation operation)
    {
        var endpoint = ApiTestRun.Api.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Single(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == operation.OperationId);
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null || endpoint.Metadata.GetMetadata<IAuthorizeData>() is null && !endpoint.Metadata.OfType<AuthorizationPolicy>().Any())
        {
            return null;
        }

        return endpoint.Metadata.OfType<AuthorizationPolicy>()
            .SelectMany(p => p.Requirements.OfType<RolesAuthorizationRequirement>())
            .SelectMany(r => r.AllowedRoles)
            .Select(Enum.Parse<Role>)
            .Distinct()
            .ToList();
    }

    private static string SpecPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AfterSales.sln")))
            {
                return Path.Combine(dir.FullName, "api-specs", "openapi.json");
            }
        }

        throw new InvalidOperationException("AfterSales.sln not found above the test directory.");
    }
}
