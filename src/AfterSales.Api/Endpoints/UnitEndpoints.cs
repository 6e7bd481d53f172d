using AfterSales.Application.Common.Paging;
using AfterSales.Application.Units;
using AfterSales.Application.Units.Closures;
using AfterSales.Application.Units.Commands.CancelClosure;
using AfterSales.Application.Units.Commands.CreateUnit;
using AfterSales.Application.Units.Commands.DeclareClosure;
using AfterSales.Application.Units.Commands.EndClosureEarly;
using AfterSales.Application.Units.Queries.GetClosures;
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
    public sealed record ClosureBody(DateTimeOffset From, DateTimeOffset To, ClosureReason Reason, string? Note);

    public sealed record EndClosureBody(DateTimeOffset At);

    public sealed record CancelClosureBody(string Reason);

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

        units.MapPost("/{unitId:guid}/closures", async Task<Created<ClosureChangeDto>> (Guid unitId, ClosureBody body, ISender sender, CancellationToken ct) =>
            {
                var change = (await sender.Send(new DeclareClosure([unitId], body.From, body.To, body.Reason, body.Note), ct))[0];
                return TypedResults.Created($"/api/v1/units/{unitId}/closures", change);
            })
            .ForRoles(Role.Supervisor, Role.Admin)
            .Describe("DeclareClosure", "Declare the unit closed (typhoon day, power cut); waiting calls' deadlines move (R19)", 400, 404, 409, 422);

        units.MapGet("/{unitId:guid}/closures", async Task<Ok<IReadOnlyList<ClosureDto>>> (Guid unitId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetClosures(unitId), ct)))
            .ForUnitStaff()
            .Describe("ListClosures", "The unit's declared closures, newest first", 404);

        units.MapPost("/{unitId:guid}/closures/{closureId:guid}/end", async Task<Ok<ClosureChangeDto>> (Guid unitId, Guid closureId, EndClosureBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new EndClosureEarly(unitId, closureId, body.At), ct)))
            .ForRoles(Role.Supervisor, Role.Admin, Role.ServiceDepartment)
            .Describe("EndClosureEarly", "Lift a closure before its planned end; deadlines are counted again (R19)", 400, 404, 409, 422);

        units.MapPost("/{unitId:guid}/closures/{closureId:guid}/cancel", async Task<Ok<ClosureChangeDto>> (Guid unitId, Guid closureId, CancelClosureBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new CancelClosure(unitId, closureId, body.Reason), ct)))
            .ForRoles(Role.Supervisor, Role.Admin, Role.ServiceDepartment)
            .Describe("CancelClosure", "Cancel a closure declared by mistake; the deadlines it moved go back (R19)", 400, 404, 409);

        // Several units at once (a typhoon day over a region): the service department, in one transaction.
        app.MapPost("/api/v1/closures", async Task<Ok<IReadOnlyList<ClosureChangeDto>>> (DeclareClosure command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command, ct)))
            .WithTags("Units")
            .ForRoles(Role.ServiceDepartment, Role.Admin)
            .Describe("DeclareClosures", "Declare several units closed at once (typhoon day); waiting calls' deadlines move (R19)", 400, 404, 409, 422);
    }
}
