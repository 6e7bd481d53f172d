using System.Runtime.CompilerServices;
using System.Security.Claims;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Common;
using AfterSales.Infrastructure.Auth;

namespace AfterSales.Api.Infrastructure;

/// <summary>The caller as their bearer token describes them.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    /// <summary>
    /// What a principal's claims say, read once a principal: a remembered token's principal serves every request of
    /// its session (RememberedTokens), and a request asks who its caller is several times.
    /// </summary>
    private static readonly ConditionalWeakTable<ClaimsPrincipal, Caller> Read = new();

    private static readonly Caller Nobody = new(null, new HashSet<Role>(), null, false);

    private Caller Current => accessor.HttpContext?.User is { } principal ? Read.GetValue(principal, Caller.Of) : Nobody;

    public Guid? StaffId => Current.StaffId;

    public IReadOnlySet<Role> Roles => Current.Roles;

    public Guid? UnitId => Current.UnitId;

    public bool SeesAllUnits => Current.SeesAllUnits;

    private sealed record Caller(Guid? StaffId, IReadOnlySet<Role> Roles, Guid? UnitId, bool SeesAllUnits)
    {
        private static readonly Dictionary<string, Role> RoleNames =
            Enum.GetValues<Role>().ToDictionary(r => r.ToString(), StringComparer.Ordinal);

        public static Caller Of(ClaimsPrincipal principal)
        {
            // Roles named exactly as the regulation's roles are spelled: a number, a padded or a comma-joined value
            // is no role at all (Enum.TryParse would read "7" or "Clerk, Admin" as Admin). The route checks
            // (RequireRole) compare the same exact strings.
            var roles = principal.FindAll(AfterSalesClaims.Role)
                .Select(c => RoleNames.TryGetValue(c.Value, out var role) ? role : (Role?)null)
                .OfType<Role>()
                .ToHashSet();

            // All-unit roles see every unit; unit_scope "all" counts only for the accounting integration (Accountant).
            var seesAllUnits = roles.Any(RoleScope.SeesAllUnits) ||
                               (roles.Contains(Role.Accountant) && principal.FindFirst(AfterSalesClaims.UnitScope)?.Value == "all");
            return new Caller(IdOf(principal, AfterSalesClaims.Subject), roles, IdOf(principal, AfterSalesClaims.Unit), seesAllUnits);
        }

        private static Guid? IdOf(ClaimsPrincipal principal, string claim) =>
            Guid.TryParse(principal.FindFirst(claim)?.Value, out var id) ? id : null;
    }
}

/// <summary>Hands the Idempotency-Key header to the mediator pipeline.</summary>
public sealed class RequestContext(IHttpContextAccessor accessor) : IRequestContext
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    private const int MaxKeyLength = 200;

    public string? IdempotencyKey
    {
        get
        {
            var key = accessor.HttpContext?.Request.Headers[IdempotencyKeyHeader].ToString();
            if (key is { Length: > MaxKeyLength })
            {
                throw new FluentValidation.ValidationException(
                    [new FluentValidation.Results.ValidationFailure(IdempotencyKeyHeader, $"The key may be at most {MaxKeyLength} characters.")]);
            }

            if (key is not null && Application.Common.Behaviours.MessageShape.ContainsControlCharacter(key))
            {
                throw new FluentValidation.ValidationException(
                    [new FluentValidation.Results.ValidationFailure(IdempotencyKeyHeader, "The key must not contain control characters.")]);
            }

            return string.IsNullOrWhiteSpace(key) ? null : key;
        }
    }

    public uint? ExpectedVersion => accessor.HttpContext?.Request.ExpectedVersion();
}
