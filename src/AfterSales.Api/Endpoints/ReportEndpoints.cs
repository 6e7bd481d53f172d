using AfterSales.Application.Reports.Commands.CorrectAdminWork;
using AfterSales.Application.Reports.Queries.PrintSupervisorDailyReport;
using AfterSales.Application.Reports.Queries.PrintTechnicianDailyReport;
using AfterSales.Api.Infrastructure;
using AfterSales.Application.Reports;
using AfterSales.Application.Reports.Commands.CheckSupervisorDailyReport;
using AfterSales.Application.Reports.Commands.RecordAdminWork;
using AfterSales.Application.Reports.Commands.ReturnSupervisorDailyReport;
using AfterSales.Application.Reports.Commands.SignOffSupervisorDailyReport;
using AfterSales.Application.Reports.Commands.SubmitSupervisorDailyReport;
using AfterSales.Application.Reports.Commands.ReturnTechnicianDailyReport;
using AfterSales.Application.Reports.Commands.ReviewTechnicianDailyReport;
using AfterSales.Application.Reports.Commands.SubmitTechnicianDailyReport;
using AfterSales.Application.Reports.Queries.GetSupervisorDailyReport;
using AfterSales.Application.Reports.Queries.GetSupervisorDailyReportInbox;
using AfterSales.Application.Reports.Queries.GetTechnicianDailyReport;
using AfterSales.Application.Reports.Queries.GetTechnicianDailyReports;
using AfterSales.Domain.Common;
using AfterSales.Domain.Reports;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class ReportEndpoints
{
    public sealed record AdminWorkBody(DateOnly Date, AdminWorkCategory Category, decimal Hours, string Note);

    public sealed record AdminWorkCorrectionBody(decimal Hours, AdminWorkCategory Category, string Reason);

    public static void MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/technicians/{technicianId:guid}/admin-work", async Task<Created<AdminWorkDto>> (Guid technicianId, AdminWorkBody body, ISender sender, CancellationToken ct) =>
            {
                var work = await sender.Send(new RecordAdminWork(technicianId, body.Date, body.Category, body.Hours, body.Note), ct);
                return TypedResults.Created($"/api/v1/reports/technician-daily?technicianId={technicianId}&date={work.Date:yyyy-MM-dd}", work);
            })
            .WithTags("Reports")
            .ForRoles(Role.Technician, Role.Supervisor)
            .Describe("RecordAdminWork", "Record a day's admin work (R6 d): category, hours, note; a day never exceeds 24 hours", 400, 403, 404, 409, 422);

        app.MapPost("/api/v1/admin-work/{adminWorkId:guid}/corrections", async Task<Ok<AdminWorkDto>> (Guid adminWorkId, AdminWorkCorrectionBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new CorrectAdminWork(adminWorkId, body.Hours, body.Category, body.Reason), ct)))
            .WithTags("Reports")
            .ForRoles(Role.Supervisor)
            .Describe("CorrectAdminWork", "A3: correct a mistaken admin-work entry's hours or category, with a reason; a submitted day's report then reads as changed since", 400, 404, 422);

        var technicianDaily = app.MapGroup("/api/v1/reports/technician-daily").WithTags("Reports");

        technicianDaily.MapGet("/", async Task<Results<Ok<TechnicianDailyReportDto>, Ok<IReadOnlyList<TechnicianDailyReportSummaryDto>>>> (Guid? technicianId, Guid? unitId, DateOnly date, DailyReportState? status, ISender sender, CancellationToken ct) =>
                technicianId is { } technician
                    ? TypedResults.Ok(await sender.Send(new GetTechnicianDailyReport(technician, date), ct))
                    : TypedResults.Ok(await sender.Send(new GetTechnicianDailyReports(unitId, date, status), ct)))
            .ForRoles(Role.Technician, Role.Supervisor)
            .WithCsv<TechnicianDailyReportDto>(CsvTables.TechnicianDay)
            .Describe("GetTechnicianDailyReports", "服表006 (R15): with technicianId, one technician's day by type a–d; with unitId, where each technician's report stands (status=Missing: not submitted by the next business day's opening)", 400, 403, 404);

        technicianDaily.MapGet("/print", async Task<PdfResult> (Guid technicianId, DateOnly date, ISender sender, CancellationToken ct) =>
                new PdfResult(await sender.Send(new PrintTechnicianDailyReport(technicianId, date), ct)))
            .ForRoles(Role.Technician, Role.Supervisor)
            .Describe("PrintTechnicianDailyReport", "服表006 as a PDF: a technician's day by type a–d, its lines, and who submitted and reviewed it", 400, 403, 404);

        technicianDaily.MapPost("/submit", async Task<Ok<TechnicianDailyReportDto>> (SubmitTechnicianDailyReport command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command, ct)))
            .ForRoles(Role.Technician)
            .Describe("SubmitTechnicianDailyReport", "Confirm the day's report (R15): its contents and hash are frozen as a new version", 400, 403, 404, 409, 422);

        technicianDaily.MapPost("/review", async Task<Ok<TechnicianDailyReportDto>> (ReviewTechnicianDailyReport command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command, ct)))
            .ForRoles(Role.Supervisor)
            .Describe("ReviewTechnicianDailyReport", "核閱存查 (R15): the supervisor reviews and files a submitted report", 400, 404, 409);

        technicianDaily.MapPost("/return", async Task<Ok<TechnicianDailyReportDto>> (ReturnTechnicianDailyReport command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command, ct)))
            .ForRoles(Role.Supervisor)
            .Describe("ReturnTechnicianDailyReport", "Return a submitted report with a note, to be corrected and submitted again (R15)", 400, 404, 409, 422);

        var supervisorDaily = app.MapGroup("/api/v1/reports/supervisor-daily").WithTags("Reports");

        supervisorDaily.MapGet("/", async Task<Results<Ok<SupervisorDailyReportDto>, Ok<IReadOnlyList<SupervisorReportSummaryDto>>>> (Guid? unitId, DateOnly? date, SupervisorReportInbox? status, DateOnly? from, DateOnly? to, ISender sender, CancellationToken ct) =>
                status is { } inbox
                    ? TypedResults.Ok(await sender.Send(new GetSupervisorDailyReportInbox(inbox, from, to), ct))
                    : TypedResults.Ok(await sender.Send(new GetSupervisorDailyReport(unitId ?? Guid.Empty, date ?? DateOnly.MinValue), ct)))
            .ForRoles(Role.Supervisor, Role.BranchManager, Role.ServiceDepartment)
            .WithCsv<SupervisorDailyReportDto>(CsvTables.UnitDay)
            .Describe("GetSupervisorDailyReports", "服表007 (R16): with unitId and date, the unit's day and its chain (R17); with status=awaiting-sign-off or awaiting-check, that inbox", 400, 403, 404);

        supervisorDaily.MapGet("/print", async Task<PdfResult> (Guid unitId, DateOnly date, ISender sender, CancellationToken ct) =>
                new PdfResult(await sender.Send(new PrintSupervisorDailyReport(unitId, date), ct)))
            .ForRoles(Role.Supervisor, Role.BranchManager, Role.ServiceDepartment)
            .Describe("PrintSupervisorDailyReport", "服表007 as a PDF: the unit's day and the signatures of its chain so far (R16, R17)", 400, 403, 404);

        supervisorDaily.MapPost("/submit", async Task<Ok<SupervisorDailyReportDto>> (SubmitSupervisorDailyReport command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command, ct)))
            .ForRoles(Role.Supervisor)
            .Describe("SubmitSupervisorDailyReport", "File the unit's day (R16): every technician's report reviewed, or a reason for each missing one", 400, 404, 409, 422);

        supervisorDaily.MapPost("/sign-off", async Task<Ok<SupervisorDailyReportDto>> (SignOffSupervisorDailyReport command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command, ct)))
            .ForRoles(Role.BranchManager)
            .Describe("SignOffSupervisorDailyReport", "The branch manager signs the branch's report (R17); never the submitter", 400, 404, 409, 422);

        supervisorDaily.MapPost("/check", async Task<Ok<SupervisorDailyReportDto>> (CheckSupervisorDailyReport command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command, ct)))
            .ForRoles(Role.ServiceDepartment)
            .Describe("CheckSupervisorDailyReport", "The service department checks a center's report or a branch's signed one (R17)", 400, 404, 409, 422);

        supervisorDaily.MapPost("/return", async Task<Ok<SupervisorDailyReportDto>> (ReturnSupervisorDailyReport command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command, ct)))
            .ForRoles(Role.BranchManager, Role.ServiceDepartment)
            .Describe("ReturnSupervisorDailyReport", "Return the unit's report with a note at the step that holds it (R17)", 400, 404, 409, 422);
    }
}
