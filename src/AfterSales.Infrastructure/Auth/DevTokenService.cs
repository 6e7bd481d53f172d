using System.Security.Cryptography;
using System.Text;
using AfterSales.Application.Common.Exceptions;
using AfterSales.Domain.Common;
using AfterSales.Domain.Staff;
using AfterSales.Infrastructure.Persistence;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Infrastructure.Auth;

/// <summary>
/// Either a staff member's id (their roles and unit come from the database), or a role with a unit;
/// <c>allUnits</c> gives a client such as the accounting integration scope over every unit.
/// </summary>
public sealed record DevTokenRequest(Guid? StaffId, Role? Role, Guid? UnitId, bool AllUnits = false);

public sealed record DevTokenResponse(string AccessToken, DateTimeOffset ExpiresAt);

/// <summary>Issues Development tokens, so the API can be tried without an identity provider.</summary>
public sealed class DevTokenService(AppDbContext db, TokenIssuer issuer)
{
    public async Task<DevTokenResponse> IssueAsync(DevTokenRequest request, CancellationToken cancellationToken)
    {
        if (request.StaffId is { } staffId)
        {
            var member = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == staffId, cancellationToken)
                ?? throw new NotFoundException(nameof(StaffMember), staffId);
            var (token, expires) = issuer.Issue(member.Id.ToString(), member.Roles, member.UnitId, allUnits: false);
            return new DevTokenResponse(token, expires);
        }

        if (request.Role is not { } role)
        {
            throw new ValidationException([new ValidationFailure("staffId", "Give either staffId, or role (with unitId for a unit's role).")]);
        }

        if (request.AllUnits && role != Role.Accountant)
        {
            throw new ValidationException([new ValidationFailure("allUnits", "Only the accounting integration (role Accountant) has a scope over all units.")]);
        }

        if (request.UnitId is null && !RoleScope.SeesAllUnits(role) && !request.AllUnits)
        {
            throw new ValidationException([new ValidationFailure("unitId", $"A {role} token needs the unit it acts in.")]);
        }

        // The same role and unit always get the same subject, so retries and audit lines line up.
        var subject = new Guid(SHA256.HashData(Encoding.UTF8.GetBytes($"dev|{role}|{request.UnitId}|{request.AllUnits}")).AsSpan(0, 16));
        var (roleToken, roleExpires) = issuer.Issue(subject.ToString(), [role], request.UnitId, request.AllUnits);
        return new DevTokenResponse(roleToken, roleExpires);
    }
}
