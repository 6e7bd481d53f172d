using AfterSales.Application.Audit.Queries.GetAuditTrail;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Staff;
using AfterSales.Application.Staff.Commands.HireStaffMember;
using AfterSales.Application.Staff.Queries.GetStaff;
using AfterSales.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class StaffEndpoints
{
    public static void MapStaffEndpoints(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/v1/staff").WithTags("Staff");

        staff.MapPost("/", async Task<Created<StaffMemberDto>> (HireStaffMember command, ISender sender, CancellationToken ct) =>
            {
                var member = await sender.Send(command, ct);
                return TypedResults.Created($"/api/v1/staff/{member.Id}", member);
            })
            .ForRoles(Role.Admin)
            .Describe("HireStaffMember", "Add a staff member with roles to a unit", 400, 404, 409, 422);

        staff.MapGet("/", async Task<Ok<Page<StaffMemberDto>>> (Guid? unitId, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetStaff(unitId, cursor, limit), ct)))
            .ForRoles(Role.Admin)
            .Describe("ListStaff", "List staff, optionally of one unit, keyset-paginated", 400);

        app.MapGet("/api/v1/audit", async Task<Ok<Page<AuditEntryDto>>> (string entity, Guid id, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetAuditTrail(entity, id, cursor, limit), ct)))
            .WithTags("Audit")
            .ForRoles(Role.Admin, Role.ServiceDepartment)
            .Describe("GetAuditTrail", "Who did what to a record, and when", 400);
    }
}
