using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace AfterSales.Infrastructure.Auth;

public static class AuthenticationSetup
{
    /// <summary>
    /// JWT bearer with the claim names of docs/http-model.md ("Authentication"). Refuses to start without a way to check tokens:
    /// an API that accepted any token would be worse than one that does not start.
    /// </summary>
    public static IServiceCollection AddAfterSalesAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        if (!options.IsConfigured)
        {
            throw new InvalidOperationException(
                "Authentication is not configured. Set Auth__Authority and Auth__Audience for an OpenID provider, " +
                "or Auth__SigningKey (32+ characters) with Auth__Issuer and Auth__Audience.");
        }

        services.Configure<AuthOptions>(configuration.GetSection(AuthOptions.Section));
        services.AddSingleton<TokenIssuer>();
        var remembered = new RememberedTokens();
        services.AddSingleton(remembered);
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;

                // A token passed is remembered until it expires (RememberedTokens); nothing reads the raw
                // token back from the authentication properties, so it is not copied there.
                jwt.Events = new JwtBearerEvents { OnMessageReceived = remembered.RecallAsync, OnTokenValidated = remembered.RememberAsync };
                jwt.SaveToken = false;
                jwt.Authority = string.IsNullOrWhiteSpace(options.Authority) ? null : options.Authority;
                jwt.Audience = options.Audience;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    NameClaimType = AfterSalesClaims.Subject,
                    RoleClaimType = AfterSalesClaims.Role,
                    ValidateAudience = !string.IsNullOrWhiteSpace(options.Audience),
                    ValidAudience = options.Audience,
                    ValidateIssuer = !string.IsNullOrWhiteSpace(options.Issuer) && string.IsNullOrWhiteSpace(options.Authority),
                    ValidIssuer = options.Issuer,
                    IssuerSigningKey = string.IsNullOrWhiteSpace(options.SigningKey)
                        ? null
                        : new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.SigningKey)),
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
            });
        services.AddAuthorization();
        return services;
    }
}
