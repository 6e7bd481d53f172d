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

    public IReadOnlySet<Role> Roles =>
        (Principal?.FindAll(AfterSalesClaims.Role) ?? [])
            .Select(c => Enum.TryParse<Role>(c.Value, ignoreCase: false, out var role) ? role : (Role?)null)
            .OfType<Role>()
            .ToHashSet();

    public Guid? UnitId => Guid.TryParse(Principal?.FindFirst(AfterSalesClaims.Unit)?.Value, out var id) ? id : null;

    public bool SeesAllUnits =>
        Roles.Any(RoleScope.SeesAllUnits) || Principal?.FindFirst(AfterSalesClaims.UnitScope)?.Value == "all";
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

            return string.IsNullOrWhiteSpace(key) ? null : key;
        }
    }

    public uint? ExpectedVersion => accessor.HttpContext?.Request.ExpectedVersion();
}
