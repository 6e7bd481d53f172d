using AfterSales.Application.Complaints.Queries.PrintReplyLetter;
using AfterSales.Api.Infrastructure;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Complaints;
using AfterSales.Application.Complaints.Commands.AcceptRefusedVisit;
using AfterSales.Application.Complaints.Commands.ChaseComplaint;
using AfterSales.Application.Complaints.Commands.CloseComplaint;
using AfterSales.Application.Complaints.Commands.DesignateComplaintVisitor;
using AfterSales.Application.Complaints.Commands.OpenComplaint;
using AfterSales.Application.Complaints.Commands.RecordComplaintVisit;
using AfterSales.Application.Complaints.Commands.ReopenComplaint;
using AfterSales.Application.Complaints.Commands.ReplyToComplaint;
using AfterSales.Application.Complaints.Commands.ReviewComplaint;
using AfterSales.Application.Complaints.Commands.TriageComplaint;
using AfterSales.Application.Complaints.Queries.GetComplaint;
using AfterSales.Application.Complaints.Queries.GetComplaints;
using AfterSales.Domain.Common;
using AfterSales.Domain.Complaints;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class ComplaintEndpoints
{
    public sealed record OpenBody(ComplaintSource Source, Guid? CustomerId, Guid? CallId, Guid? TechnicianId, string Words);

    public sealed record TriageBody(ComplaintSeverity Severity);

    public sealed record ReviewBody(ReviewDecision Decision, string? Instructions);

    public sealed record DesignateBody(Guid StaffId);

    public sealed record VisitBody(DateTimeOffset VisitedAt, string Notes, bool CustomerRefused);

    public sealed record ReplyBody(ReplyChannel Channel, string Content, DateTimeOffset RepliedAt);

    public sealed record ChaseBody(string Note);

    public sealed record CloseBody(bool? ServiceFault, string? Actions);

    public sealed record ReopenBody(string Reason);

    public static void MapComplaintEndpoints(this IEndpointRouteBuilder app)
    {
        var complaints = app.MapGroup("/api/v1/complaints").WithTags("Complaints");

        complaints.MapPost("/", async Task<Created<ComplaintDto>> (OpenBody body, ISender sender, CancellationToken ct) =>
            {
                var complaint = await sender.Send(new OpenComplaint(body.Source, body.CustomerId, body.CallId, body.TechnicianId, body.Words), ct);
                return TypedResults.Created($"/api/v1/complaints/{complaint.Id}", complaint);
            })
            .ForRoles(Role.ServiceDepartment, Role.Clerk, Role.Supervisor)
            .Describe("OpenComplaint", "Take a customer's complaint by telephone, letter, visit or e-mail (R26); its triage clock starts (R27)", 400, 404, 409, 422);

        complaints.MapGet("/", async Task<Ok<Page<ComplaintDto>>> (Guid? unitId, ComplaintStatus? status, ComplaintSeverity? severity, bool? overdue, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetComplaints(unitId, status, severity, overdue, cursor, limit), ct)))
            .ForUnitStaff()
            .Describe("ListComplaints", "The complaints work list: Serious first (R26), then oldest; overdue=true keeps those with a step past its deadline (R27)", 400, 404);

        complaints.MapGet("/{complaintId:guid}", async Task<Ok<ComplaintDto>> (Guid complaintId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetComplaint(complaintId), ct)))
            .ForUnitStaff()
            .Describe("GetComplaint", "One complaint: its steps, what remains before it may close, the next deadline and what is overdue", 404);

        complaints.MapGet("/{complaintId:guid}/print", async Task<PdfResult> (Guid complaintId, ISender sender, CancellationToken ct) =>
                new PdfResult(await sender.Send(new PrintReplyLetter(complaintId), ct)))
            .ForUnitStaff()
            .Describe("PrintReplyLetter", "函告 as a PDF: the letter telling the customer how the complaint was handled (R26), from its reply by letter", 404, 409);

        complaints.MapPost("/{complaintId:guid}/triage", async Task<Ok<ComplaintDto>> (Guid complaintId, TriageBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new TriageComplaint(complaintId, body.Severity), ct)))
            .ForRoles(Role.ServiceDepartment, Role.ViceGeneralManager)
            .Describe("TriageComplaint", "Serious or General (R26); General may become Serious until closing, only the vice general manager makes Serious General", 400, 404, 409, 422);

        complaints.MapPost("/{complaintId:guid}/review", async Task<Ok<ComplaintDto>> (Guid complaintId, ReviewBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ReviewComplaint(complaintId, body.Decision, body.Instructions), ct)))
            .ForRoles(Role.ViceGeneralManager)
            .Describe("ReviewComplaint", "The vice general manager handles a Serious complaint or passes it on with instructions (R26)", 400, 404, 409, 422);

        complaints.MapPost("/{complaintId:guid}/designate", async Task<Ok<ComplaintDto>> (Guid complaintId, DesignateBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new DesignateComplaintVisitor(complaintId, body.StaffId), ct)))
            .ForRoles(Role.Supervisor)
            .Describe("DesignateComplaintVisitor", "Who visits the customer in the supervisor's place; never the technician complained about (R28)", 400, 404, 409, 422);

        complaints.MapPost("/{complaintId:guid}/visit", async Task<Ok<ComplaintDto>> (Guid complaintId, VisitBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RecordComplaintVisit(complaintId, body.VisitedAt, body.Notes, body.CustomerRefused), ct)))
            .ForUnitStaff()
            .Describe("RecordComplaintVisit", "The mandatory visit by the unit's supervisor or the designee, or the customer's refusal of it (R28)", 400, 404, 409, 422);

        complaints.MapPost("/{complaintId:guid}/accept-refused-visit", async Task<Ok<ComplaintDto>> (Guid complaintId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new AcceptRefusedVisit(complaintId), ct)))
            .ForRoles(Role.ServiceDepartment)
            .Describe("AcceptRefusedVisit", "Accept the customer's recorded refusal in place of the visit (R28)", 404, 409);

        complaints.MapPost("/{complaintId:guid}/reply", async Task<Ok<ComplaintDto>> (Guid complaintId, ReplyBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ReplyToComplaint(complaintId, body.Channel, body.Content, body.RepliedAt), ct)))
            .ForRoles(Role.ServiceDepartment)
            .Describe("ReplyToComplaint", "The answer to the customer: by letter for a Serious complaint, letter or telephone for a General one (R26)", 400, 404, 409, 422);

        complaints.MapPost("/{complaintId:guid}/chase", async Task<Ok<ComplaintDto>> (Guid complaintId, ChaseBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ChaseComplaint(complaintId, body.Note), ct)))
            .ForRoles(Role.ServiceDepartment)
            .Describe("ChaseComplaint", "Record chasing the unit about the complaint's earliest open step (R27)", 400, 404, 409);

        complaints.MapPost("/{complaintId:guid}/close", async Task<Ok<ComplaintDto>> (Guid complaintId, CloseBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new CloseComplaint(complaintId, body.ServiceFault, body.Actions), ct)))
            .ForRoles(Role.ServiceDepartment)
            .Describe("CloseComplaint", "Close with a finding once triage, review (Serious), visit and reply are done; a refusal lists missingSteps (R26–R28)", 400, 404, 409, 422);

        complaints.MapPost("/{complaintId:guid}/reopen", async Task<Ok<ComplaintDto>> (Guid complaintId, ReopenBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ReopenComplaint(complaintId, body.Reason), ct)))
            .ForRoles(Role.ServiceDepartment)
            .Describe("ReopenComplaint", "Take a closed complaint up again with a reason; its finding stays on record", 400, 404, 409);
    }
}
