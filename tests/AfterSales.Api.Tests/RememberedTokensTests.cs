using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using AfterSales.Api.Tests.Support;
using AfterSales.Infrastructure.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AfterSales.Api.Tests;

/// <summary>
/// A bearer token's check is remembered (docs/architecture.md, "Performance"), never in a way that lets a token in
/// that a full check would refuse: not past its expiry, not with another signature, not after a refusal.
/// </summary>
public class RememberedTokensTests : ApiTest
{
    /// <summary>The Development settings the test API runs with (appsettings.Development.json and the defaults of appsettings.json).</summary>
    private static readonly SymmetricSecurityKey ApiKey = new(Encoding.UTF8.GetBytes("development-only-signing-key-change-me-0123456789"));

    private static string Token(DateTime expires, SecurityKey? key = null, string role = "Admin") => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Subject = new ClaimsIdentity([new Claim("sub", Guid.NewGuid().ToString()), new Claim("role", role)]),
        Issuer = "aftersales",
        Audience = "aftersales-api",
        IssuedAt = expires.AddHours(-1),
        NotBefore = expires.AddHours(-1),
        Expires = expires,
        SigningCredentials = new SigningCredentials(key ?? ApiKey, SecurityAlgorithms.HmacSha256),
    });

    private static HttpClient Bearer(string token)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Test]
    public async Task A_token_that_passed_is_remembered_once_and_passes_again()
    {
        var remembered = ApiTestRun.Api.Services.GetRequiredService<RememberedTokens>();
        using var client = Bearer(Token(DateTime.UtcNow.AddHours(1)));
        var before = remembered.Count;

        (await client.GetAsync("/api/v1/units")).StatusCode.Should().Be(HttpStatusCode.OK);
        var after = remembered.Count;
        (await client.GetAsync("/api/v1/units")).StatusCode.Should().Be(HttpStatusCode.OK);

        after.Should().Be(before + 1);
        remembered.Count.Should().Be(after, "the second request was answered from what the first one proved");
    }

    [Test]
    public async Task A_forged_or_altered_token_is_refused_even_beside_a_remembered_one()
    {
        var expires = DateTime.UtcNow.AddHours(1);
        var good = Token(expires);
        using var goodClient = Bearer(good);
        (await goodClient.GetAsync("/api/v1/units")).StatusCode.Should().Be(HttpStatusCode.OK);

        var forged = Token(expires, new SymmetricSecurityKey(Encoding.UTF8.GetBytes("not-the-signing-key-of-this-api-0123456789")));
        var altered = good[..^10] + (good[^10] == 'A' ? "B" : "A") + good[^9..];
        foreach (var bad in new[] { forged, altered, forged })
        {
            using var client = Bearer(bad);
            (await client.GetAsync("/api/v1/units")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "a refusal is never remembered as a pass");
        }
    }

    [Test]
    public async Task A_remembered_token_gives_the_caller_its_own_claims()
    {
        using var clerk = Bearer(Token(DateTime.UtcNow.AddHours(1), role: "Clerk"));

        for (var i = 0; i < 2; i++)
        {
            (await clerk.PostAsync("/api/v1/units", JsonContent.Create(new { name = "X", code = "X1", kind = "Branch" })))
                .StatusCode.Should().Be(HttpStatusCode.Forbidden, "a clerk stays a clerk when recalled");
        }
    }

    [Test]
    public async Task A_remembered_token_is_not_recalled_once_it_expires()
    {
        var remembered = new RememberedTokens();
        var header = "Bearer " + Token(DateTime.UtcNow.AddSeconds(2));
        await remembered.RememberAsync(Validated(header));

        (await RecallAsync(remembered, header)).Should().NotBeNull();
        await Task.Delay(TimeSpan.FromSeconds(2.5));

        (await RecallAsync(remembered, header)).Should().BeNull("past its expiry the token goes back to the full check, which refuses it");
    }

    [Test]
    public async Task Only_the_exact_header_that_passed_is_recalled()
    {
        var remembered = new RememberedTokens();
        var header = "Bearer " + Token(DateTime.UtcNow.AddHours(1));
        await remembered.RememberAsync(Validated(header));

        (await RecallAsync(remembered, header))!.Principal!.FindFirst("role")!.Value.Should().Be("Admin");
        (await RecallAsync(remembered, header + "x")).Should().BeNull();
        (await RecallAsync(remembered, header[..^1])).Should().BeNull();
        (await RecallAsync(remembered, null)).Should().BeNull();
    }

    private static readonly AuthenticationScheme Scheme = new(JwtBearerDefaults.AuthenticationScheme, null, typeof(JwtBearerHandler));

    private static TokenValidatedContext Validated(string header)
    {
        var http = new DefaultHttpContext();
        http.Request.Headers.Authorization = header;
        var token = new JsonWebToken(header["Bearer ".Length..]);
        return new TokenValidatedContext(http, Scheme, new JwtBearerOptions())
        {
            Principal = new ClaimsPrincipal(new ClaimsIdentity(token.Claims, "Bearer", "sub", "role")),
            SecurityToken = token,
        };
    }

    /// <summary>The result the recall gives the handler, or null when the request goes on to the full check.</summary>
    private static async Task<AuthenticateResult?> RecallAsync(RememberedTokens remembered, string? header)
    {
        var http = new DefaultHttpContext();
        if (header is not null)
        {
            http.Request.Headers.Authorization = header;
        }

        var context = new MessageReceivedContext(http, Scheme, new JwtBearerOptions());
        await remembered.RecallAsync(context);
        return context.Result;
    }
}
