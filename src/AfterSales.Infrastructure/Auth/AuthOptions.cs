namespace AfterSales.Infrastructure.Auth;

/// <summary>
/// How bearer tokens are checked. Either an OpenID authority (with audience), or a symmetric signing
/// key (with issuer and audience) for a deployment that issues its own tokens. Development ships a
/// key so that dev tokens work out of the box.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public string? Authority { get; set; }

    public string? Audience { get; set; } = "aftersales-api";

    public string? Issuer { get; set; } = "aftersales";

    /// <summary>At least 32 characters; used for HMAC-SHA256.</summary>
    public string? SigningKey { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) || (SigningKey?.Length ?? 0) >= 32;
}

/// <summary>The claims this API reads from a token (docs/http-model.md, "Authentication").</summary>
public static class AfterSalesClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string Unit = "unit";

    /// <summary>"all" for a client, such as the accounting integration, whose scope is every unit.</summary>
    public const string UnitScope = "unit_scope";
}
