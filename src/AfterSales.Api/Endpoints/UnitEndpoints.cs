using AfterSales.Application.Common.Paging;
using AfterSales.Application.Units;
using AfterSales.Application.Units.Commands.CreateUnit;
using AfterSales.Application.Units.Commands.SetUnitCalendar;
using AfterSales.Application.Units.Commands.SetUnitPolicy;
using AfterSales.Application.Units.Queries.GetDispatchDeadline;
using AfterSales.Application.Units.Queries.GetUnit;
using AfterSales.Application.Units.Queries.GetUnits;
using AfterSales.Domain.Common;
using AfterSales.Domain.Units;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class UnitEndpoints
{
    public static void MapUnitEndpoints(this IEndpointRouteBuilder app)
    {
        var units = app.MapGroup("/api/v1/units").WithTags("Units");

        units.MapPost("/", async Task<Created<UnitDto>> (CreateUnit command, ISender sender, CancellationToken ct) =>
            {
                var unit = await sender.Send(command, ct);
                return TypedResults.Created($"/api/v1/units/{unit.Id}", unit);
            })
            .ForRoles(Role.Admin)
            .Describe("CreateUnit", "Open a service center or branch", 400, 409, 422);

        units.MapGet("/", async Task<Ok<Page<UnitDto>>> (string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetUnits(cursor, limit), ct)))
            .ForRoles(Role.Admin)
            .Describe("ListUnits", "List units, keyset-paginated", 400);

        units.MapGet("/{unitId:guid}", async Task<Ok<UnitDto>> (Guid unitId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetUnit(unitId), ct)))
            .ForUnitStaff()
            .Describe("GetUnit", "A unit with its calendar and policy (ETag is its version)", 404);

        units.MapPut("/{unitId:guid}/calendar", async Task<Ok<UnitDto>> (Guid unitId, CalendarDto calendar, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SetUnitCalendar(unitId, calendar), ct)))
            .ForRoles(Role.Admin)
            .Describe("SetUnitCalendar", "Replace the unit's working calendar (honours If-Match)", 400, 404, 409, 412, 422);

        units.MapPut("/{unitId:guid}/policy", async Task<Ok<UnitDto>> (Guid unitId, PolicyDto policy, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SetUnitPolicy(unitId, policy), ct)))
            .ForRoles(Role.Admin)
            .Describe("SetUnitPolicy", "Set SLA hours per zone, on-site fee threshold and KPI targets (honours If-Match)", 400, 404, 409, 412, 422);

        units.MapGet("/{unitId:guid}/dispatch-deadline", async Task<Ok<DispatchDeadlineDto>> (Guid unitId, DateTimeOffset receivedAt, ServiceZone zone, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetDispatchDeadline(unitId, receivedAt, zone), ct)))
            .ForUnitStaff()
            .Describe("GetDispatchDeadline", "When a call received then would be due (R19)", 400, 404, 422);
    }
}
