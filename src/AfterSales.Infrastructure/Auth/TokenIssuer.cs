using System.Security.Claims;
using System.Text;
using AfterSales.Domain.Common;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AfterSales.Infrastructure.Auth;

/// <summary>
/// Signs tokens with the configured key. Only the Development token route uses it. Lifetimes use the
/// system clock, not the business clock: the bearer handler checks them against the system clock.
/// </summary>
public sealed class TokenIssuer(IOptions<AuthOptions> options)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public (string AccessToken, DateTimeOffset ExpiresAt) Issue(string subject, IEnumerable<Role> roles, Guid? unitId, bool allUnits)
    {
        var settings = options.Value;
        if ((settings.SigningKey?.Length ?? 0) < 32)
        {
            throw new InvalidOperationException("Auth:SigningKey must be set (32+ characters) to issue tokens.");
        }

        var claims = new List<Claim> { new(AfterSalesClaims.Subject, subject) };
        claims.AddRange(roles.Distinct().Select(r => new Claim(AfterSalesClaims.Role, r.ToString())));
        if (unitId is { } unit)
        {
            claims.Add(new Claim(AfterSalesClaims.Unit, unit.ToString()));
        }

        if (allUnits)
        {
            claims.Add(new Claim(AfterSalesClaims.UnitScope, "all"));
        }

        var now = TimeProvider.System.GetUtcNow();
        var expires = now + Lifetime;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(settings.SigningKey!)), SecurityAlgorithms.HmacSha256),
        });
        return (token, expires);
    }
}
