using System.Security.Claims;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Common;
using AfterSales.Infrastructure.Auth;

namespace AfterSales.Api.Infrastructure;

/// <summary>The caller as their bearer token describes them.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public Guid? StaffId => Guid.TryParse(Principal?.FindFirst(AfterSalesClaims.Subject)?.Value, out var id) ? id : null;

    /// <summary>
    /// Roles named exactly as the regulation's roles are spelled: a number, a padded or a
    /// comma-joined value is no role at all (Enum.TryParse would read "7" or "Clerk, Admin" as Admin).
    /// The route checks (RequireRole) compare the same exact strings.
    /// </summary>
    public IReadOnlySet<Role> Roles =>
        (Principal?.FindAll(AfterSalesClaims.Role) ?? [])
            .Select(c => RoleNames.TryGetValue(c.Value, out var role) ? role : (Role?)null)
            .OfType<Role>()
            .ToHashSet();

    public Guid? UnitId => Guid.TryParse(Principal?.FindFirst(AfterSalesClaims.Unit)?.Value, out var id) ? id : null;

    /// <summary>All-unit roles see every unit; <c>unit_scope: "all"</c> counts only for the accounting integration (Accountant).</summary>
    public bool SeesAllUnits
    {
        get
        {
            var roles = Roles;
            return roles.Any(RoleScope.SeesAllUnits) ||
                   (roles.Contains(Role.Accountant) && Principal?.FindFirst(AfterSalesClaims.UnitScope)?.Value == "all");
        }
    }

    private static readonly Dictionary<string, Role> RoleNames =
        Enum.GetValues<Role>().ToDictionary(r => r.ToString(), StringComparer.Ordinal);
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
