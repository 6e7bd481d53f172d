using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace AfterSales.Infrastructure.Auth;

/// <summary>
/// A bearer token is checked in full the first time it is seen; the caller it names is then remembered until the
/// token expires, for at most <see cref="RememberFor"/>. A client sends the same token on every request of a
/// session, and checking its signature, issuer, audience and lifetime again each time, with the claims built anew
/// and the handler's validation parameters copied, was about 5 % of the API's CPU and a sixth of what reading a
/// call allocated (docs/architecture.md, "Performance").
/// It hooks into the JWT bearer handler's own events: <see cref="RememberAsync"/> when a token has passed the full
/// check, <see cref="RecallAsync"/> when a request arrives. Only a token that passed is remembered, by the exact
/// text of its Authorization header, so a changed or forged token is always checked; a remembered one is never
/// accepted past its own expiry. The price: a signing key withdrawn by the identity provider stops its tokens here
/// within <see cref="RememberFor"/>, not at once. A remembered caller's principal and properties are shared by its
/// requests; nothing in the API changes a caller's claims or an authentication's properties.
/// </summary>
public sealed class RememberedTokens
{
    /// <summary>The longest a token's check is trusted without being made again.</summary>
    public static readonly TimeSpan RememberFor = TimeSpan.FromMinutes(5);

    /// <summary>Enough for every signed-in caller of a large company; past it, expired entries are dropped, then all.</summary>
    private const int MaxTokens = 20_000;

    private readonly ConcurrentDictionary<string, Passed> _passed = new(StringComparer.Ordinal);

    /// <summary>How many tokens are remembered now.</summary>
    public int Count => _passed.Count;

    /// <summary><see cref="JwtBearerEvents.OnMessageReceived"/>: a remembered header authenticates without a new check.</summary>
    public Task RecallAsync(MessageReceivedContext context)
    {
        if (HeaderOf(context.Request) is { } header && _passed.TryGetValue(header, out var known) && DateTime.UtcNow < known.Until)
        {
            context.Principal = known.Principal;
            context.Properties = known.Properties;
            context.Success();
        }

        return Task.CompletedTask;
    }

    /// <summary><see cref="JwtBearerEvents.OnTokenValidated"/>: the header whose token has just passed the full check.</summary>
    public Task RememberAsync(TokenValidatedContext context)
    {
        var now = DateTime.UtcNow;
        var expires = context.SecurityToken.ValidTo;
        if (HeaderOf(context.Request) is { } header && context.Principal is { } principal && expires > now)
        {
            Remember(header, new Passed(principal, context.Properties, expires < now + RememberFor ? expires : now + RememberFor), now);
        }

        return Task.CompletedTask;
    }

    /// <summary>The one Authorization header's text; none when there are several (the handler refuses or reads them its own way).</summary>
    private static string? HeaderOf(Microsoft.AspNetCore.Http.HttpRequest request) =>
        request.Headers.Authorization is { Count: 1 } values ? values[0] : null;

    private void Remember(string header, Passed passed, DateTime now)
    {
        if (_passed.Count >= MaxTokens)
        {
            foreach (var (key, entry) in _passed)
            {
                if (entry.Until <= now)
                {
                    _passed.TryRemove(key, out _);
                }
            }

            if (_passed.Count >= MaxTokens)
            {
                _passed.Clear();
            }
        }

        _passed[header] = passed;
    }

    private sealed record Passed(ClaimsPrincipal Principal, AuthenticationProperties Properties, DateTime Until);
}
