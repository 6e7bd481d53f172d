using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AfterSales.Infrastructure.Auth;

/// <summary>
/// Checks a bearer token in full the first time it is seen, then remembers that it passed until it expires, for
/// at most <see cref="RememberFor"/>. A client sends the same token on every request of a session, and checking
/// its signature, issuer, audience and lifetime again each time (with the claims built anew) was about 5 % of
/// the API's CPU and a fifth of what reading a call allocated (docs/architecture.md, "Performance").
/// Only a token that passed is remembered, by its exact text, so a changed or forged token is always checked;
/// a remembered one is never accepted past its own expiry. The price: a signing key withdrawn by the
/// identity provider stops its tokens here within <see cref="RememberFor"/>, not at once.
/// The claims of a remembered token are shared by its requests; nothing in the API changes a caller's claims.
/// </summary>
public sealed class RememberingTokenHandler : JsonWebTokenHandler
{
    /// <summary>The longest a token's check is trusted without being made again.</summary>
    public static readonly TimeSpan RememberFor = TimeSpan.FromMinutes(5);

    /// <summary>Enough for every signed-in caller of a large company; past it, expired entries are dropped, then all.</summary>
    private const int MaxTokens = 20_000;

    private readonly ConcurrentDictionary<string, (TokenValidationResult Result, DateTime Until)> _passed = new(StringComparer.Ordinal);

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var now = DateTime.UtcNow;
        if (_passed.TryGetValue(token, out var known) && now < known.Until)
        {
            return known.Result;
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is { ValidTo: var expires } && expires > now)
        {
            // Built now, once, so that requests sharing the result never race to build it.
            _ = result.ClaimsIdentity;
            Remember(token, result, expires < now + RememberFor ? expires : now + RememberFor, now);
        }

        return result;
    }

    private void Remember(string token, TokenValidationResult result, DateTime until, DateTime now)
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

        _passed[token] = (result, until);
    }
}
