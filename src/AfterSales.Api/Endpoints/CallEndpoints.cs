using AfterSales.Api.Infrastructure;
using AfterSales.Application.Calls.Commands.CorrectWorkHours;
using AfterSales.Application.Calls.Commands.CorrectCallPart;
using AfterSales.Application.Calls.Commands.CorrectArrival;
using AfterSales.Application.Calls;
using AfterSales.Application.Calls.Commands.CancelCall;
using AfterSales.Application.Calls.Commands.CompleteOnSite;
using AfterSales.Application.Calls.Commands.DispatchCall;
using AfterSales.Application.Calls.Commands.LogOutCall;
using AfterSales.Application.Calls.Commands.ReceiveIntoWorkshop;
using AfterSales.Application.Calls.Commands.RecordArrival;
using AfterSales.Application.Calls.Commands.RegisterCall;
using AfterSales.Application.Calls.Commands.TakeToWorkshop;
using AfterSales.Application.Calls.Queries.GetCall;
using AfterSales.Application.Calls.Queries.GetCalls;
using AfterSales.Application.Common.Paging;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Common;
using Mediator;
using AfterSales.Application.Calls.Commands.AgreeAppointment;
using AfterSales.Application.Calls.Commands.RecordCustomerNotAtHome;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class CallEndpoints
{
    public sealed record DispatchBody(Guid TechnicianId, string? ReassignReason, DateTimeOffset? DispatchedAt);

    public sealed record ArrivalBody(DateTimeOffset ArrivedAt);

    public sealed record ArrivalCorrectionBody(DateTimeOffset ArrivedAt, string Reason);

    public sealed record WorkHoursCorrectionBody(decimal WorkHours, string Reason);

    public sealed record PartCorrectionBody(decimal Quantity, string Reason);

    public sealed record CompleteOnSiteBody(decimal WorkHours, IReadOnlyList<PartDto>? Parts, SignatureDto Signature, bool CollectedOnSite, string? NotCollectedReason);

    public sealed record TakeToWorkshopBody(DateTimeOffset PromisedCompletionAt, SignatureDto Signature);

    public sealed record ReceiveBody(DateTimeOffset? ReceivedAt);

    public sealed record CancelBody(string Reason);

    public sealed record NotAtHomeBody(DateTimeOffset VisitedAt, AppointmentDto Appointment);

    public static void MapCallEndpoints(this IEndpointRouteBuilder app)
    {
        var calls = app.MapGroup("/api/v1/calls").WithTags("Calls");

        calls.MapPost("/", async Task<Created<CallDto>> (RegisterCall command, ISender sender, CancellationToken ct) =>
            {
                var call = await sender.Send(command, ct);
                return TypedResults.Created($"/api/v1/calls/{call.Id}", call);
            })
            .ForRoles(Role.Clerk)
            .Describe("RegisterCall", "Register a customer's call (R8): number, service type, zone and dispatch deadline", 400, 404, 409, 422);

        calls.MapGet("/", async Task<Ok<Page<CallDto>>> (Guid? unitId, CallStatus? status, DateOnly? date, bool? priority, bool? atRisk, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetCalls(unitId, status, date, priority, cursor, limit, atRisk), ct)))
            .ForUnitStaff()
            .WithCsv<Page<CallDto>>(CsvTables.Calls)
            .Describe("ListCalls", "The call register; with status=Registered, the dispatch queue (Priority first, then oldest); with atRisk=true, waiting calls near their deadline (R19)", 400, 404);

        calls.MapGet("/{callId:guid}", async Task<Ok<CallDto>> (Guid callId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetCall(callId), ct)))
            .ForUnitStaff()
            .Describe("GetCall", "One call with its timeline", 404);

        calls.MapPost("/{callId:guid}/dispatch", async Task<Ok<CallDto>> (Guid callId, DispatchBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new DispatchCall(callId, body.TechnicianId, body.ReassignReason, body.DispatchedAt), ct)))
            .ForRoles(Role.Supervisor)
            .Describe("DispatchCall", "Assign a technician (R8); reassigning before arrival needs a reason; dispatchedAt records a dispatch made earlier", 400, 404, 409, 422);

        calls.MapPost("/{callId:guid}/arrival", async Task<Ok<CallDto>> (Guid callId, ArrivalBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RecordArrival(callId, body.ArrivedAt), ct)))
            .ForRoles(Role.Technician)
            .Describe("RecordArrival", "Record arrival on site; the answer says whether the R19 deadline was met", 400, 404, 409, 422);

        calls.MapPost("/{callId:guid}/arrival/corrections", async Task<Ok<CallDto>> (Guid callId, ArrivalCorrectionBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new CorrectArrival(callId, body.ArrivedAt, body.Reason), ct)))
            .ForRoles(Role.Supervisor)
            .Describe("CorrectArrival", "A3: correct a mistaken arrival time, with a reason; R19 is judged again and the time first told stays readable", 400, 404, 409, 422);

        calls.MapPost("/{callId:guid}/work-hours/corrections", async Task<Ok<CallDto>> (Guid callId, WorkHoursCorrectionBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new CorrectWorkHours(callId, body.WorkHours, body.Reason), ct)))
            .ForRoles(Role.Supervisor)
            .Describe("CorrectWorkHours", "A3: correct the hours of work finished on site, with a reason; hours charged on a fee are corrected through accounting (409)", 400, 404, 409, 422);

        calls.MapPost("/{callId:guid}/parts/{entry:int}/corrections", async Task<Ok<CallDto>> (Guid callId, int entry, PartCorrectionBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new CorrectCallPart(callId, entry, body.Quantity, body.Reason), ct)))
            .ForRoles(Role.Supervisor)
            .Describe("CorrectCallPart", "A3: correct the quantity of a part used on site (numbered from 1; 0 when not used), with a reason; the parts ledger gets a line of the difference; parts charged on a fee are corrected through accounting (409)", 400, 404, 409, 412, 422);

        calls.MapPost("/{callId:guid}/complete-on-site", async Task<Ok<CallDto>> (Guid callId, CompleteOnSiteBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new CompleteOnSite(callId, body.WorkHours, body.Parts, body.Signature, body.CollectedOnSite, body.NotCollectedReason), ct)))
            .ForRoles(Role.Technician)
            .Describe("CompleteOnSite", "Finish on site (R9, R10): hours, parts, the customer's signature; a fee at or below the threshold is collected, or a reason given; Paid work raises its invoice request", 400, 404, 409, 422);

        calls.MapPost("/{callId:guid}/take-to-workshop", async Task<Ok<PickupDto>> (Guid callId, TakeToWorkshopBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new TakeToWorkshop(callId, body.PromisedCompletionAt, body.Signature), ct)))
            .ForRoles(Role.Technician)
            .Describe("TakeToWorkshop", "Take the product away (R11): pickup receipt with the promised time, customer signs; the product is in transit", 400, 404, 409, 422);

        calls.MapPost("/{callId:guid}/receive-into-workshop", async Task<Ok<WorkshopIntakeDto>> (Guid callId, ReceiveBody? body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ReceiveIntoWorkshop(callId, body?.ReceivedAt), ct)))
            .ForRoles(Role.Clerk)
            .Describe("ReceiveIntoWorkshop", "The product handed over at the unit (R11): movement register in, repair card opened", 400, 404, 409, 422);

        calls.MapPost("/{callId:guid}/log-out", async Task<Ok<CallDto>> (Guid callId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new LogOutCall(callId), ct)))
            .ForRoles(Role.Clerk)
            .Describe("LogOutCall", "Log a finished call out of the register and file the certificate (R9)", 404, 409);

        calls.MapPost("/{callId:guid}/cancel", async Task<Ok<CallDto>> (Guid callId, CancelBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new CancelCall(callId, body.Reason), ct)))
            .ForRoles(Role.Clerk)
            .Describe("CancelCall", "Cancel a call nobody has reached yet, with a reason", 400, 404, 409);

        calls.MapPut("/{callId:guid}/appointment", async Task<Ok<CallDto>> (Guid callId, AppointmentDto body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new AgreeAppointment(callId, body.NotBefore, body.Until), ct)))
            .ForRoles(Role.Clerk, Role.Supervisor)
            .Describe("AgreeAppointment", "Record the visit the customer asked for; the deadline follows it when later (R19)", 400, 404, 409, 412, 422);

        calls.MapPost("/{callId:guid}/customer-not-at-home", async Task<Ok<CallDto>> (Guid callId, NotAtHomeBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RecordCustomerNotAtHome(callId, body.VisitedAt, body.Appointment), ct)))
            .ForRoles(Role.Technician)
            .Describe("RecordCustomerNotAtHome", "Nobody at home at the agreed time: the clock restarts from a new appointment (R19)", 400, 403, 404, 409, 422);
    }
}
