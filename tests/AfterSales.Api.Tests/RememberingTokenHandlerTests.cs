using System.Security.Claims;
using System.Text;
using AfterSales.Infrastructure.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AfterSales.Api.Tests;

/// <summary>
/// A bearer token's check is remembered (docs/architecture.md, "Performance"), never in a way that lets a token in
/// that a full check would refuse: not past its expiry, not with another signature, not after a refusal.
/// </summary>
public class RememberingTokenHandlerTests
{
    private static readonly SymmetricSecurityKey Key = new(Encoding.UTF8.GetBytes("remembering-token-handler-test-key-0123456789"));

    private static readonly TokenValidationParameters Parameters = new()
    {
        ValidIssuer = "aftersales-test",
        ValidAudience = "aftersales-test",
        IssuerSigningKey = Key,
        ClockSkew = TimeSpan.Zero,
    };

    private static string Token(DateTime expires, SecurityKey? key = null) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Subject = new ClaimsIdentity([new Claim("sub", "01930000-0000-7000-8001-000000000001"), new Claim("role", "Clerk")]),
        Issuer = "aftersales-test",
        Audience = "aftersales-test",
        IssuedAt = expires.AddHours(-1),
        NotBefore = expires.AddHours(-1),
        Expires = expires,
        SigningCredentials = new SigningCredentials(key ?? Key, SecurityAlgorithms.HmacSha256),
    });

    [Test]
    public async Task A_token_that_passed_passes_again_with_the_same_claims()
    {
        var handler = new RememberingTokenHandler { MapInboundClaims = false };
        var token = Token(DateTime.UtcNow.AddHours(1));

        var first = await handler.ValidateTokenAsync(token, Parameters);
        var second = await handler.ValidateTokenAsync(token, Parameters);

        first.IsValid.Should().BeTrue();
        second.IsValid.Should().BeTrue();
        second.ClaimsIdentity.FindFirst("role")!.Value.Should().Be("Clerk");
    }

    [Test]
    public async Task A_remembered_token_is_refused_once_it_expires()
    {
        var handler = new RememberingTokenHandler { MapInboundClaims = false };
        var token = Token(DateTime.UtcNow.AddSeconds(2));
        (await handler.ValidateTokenAsync(token, Parameters)).IsValid.Should().BeTrue();

        await Task.Delay(TimeSpan.FromSeconds(3));

        var later = await handler.ValidateTokenAsync(token, Parameters);
        later.IsValid.Should().BeFalse();
        later.Exception.Should().BeOfType<SecurityTokenExpiredException>();
    }

    [Test]
    public async Task A_forged_or_altered_token_is_checked_in_full_even_beside_a_remembered_one()
    {
        var handler = new RememberingTokenHandler { MapInboundClaims = false };
        var expires = DateTime.UtcNow.AddHours(1);
        var good = Token(expires);
        (await handler.ValidateTokenAsync(good, Parameters)).IsValid.Should().BeTrue();

        var forged = Token(expires, new SymmetricSecurityKey(Encoding.UTF8.GetBytes("not-the-signing-key-of-this-api-0123456789")));
        var altered = good[..^10] + (good[^10] == 'A' ? "B" : "A") + good[^9..];

        (await handler.ValidateTokenAsync(forged, Parameters)).IsValid.Should().BeFalse();
        (await handler.ValidateTokenAsync(altered, Parameters)).IsValid.Should().BeFalse();
        (await handler.ValidateTokenAsync(forged, Parameters)).IsValid.Should().BeFalse("a refusal is never remembered as a pass");
    }
}
