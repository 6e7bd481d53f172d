using AfterSales.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class DevTokenEndpoints
{
    /// <summary>
    /// Development only: Program maps this route in no other environment, and the contract frontends build
    /// on leaves it out (the start-up banner and the Bearer scheme's description say how to get a token).
    /// </summary>
    public static void MapDevTokenEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/dev/tokens", async Task<Ok<DevTokenResponse>> (DevTokenRequest request, DevTokenService tokens, CancellationToken ct) =>
                TypedResults.Ok(await tokens.IssueAsync(request, ct)))
            .ExcludeFromDescription()
            .AllowAnonymous()
            .Describe("IssueDevToken", "Development only: a signed token for a staff member, or for a role in a unit", 400, 404);
}
