using AfterSales.Api.Infrastructure;
using AfterSales.Application.Evaluations;
using AfterSales.Application.Evaluations.Commands.CloseEvaluationMonth;
using AfterSales.Application.Evaluations.Commands.SetEvaluationWeights;
using AfterSales.Application.Evaluations.Queries.GetTechnicianMonthly;
using AfterSales.Application.Kpis;
using AfterSales.Application.Kpis.Queries.GetKpis;
using AfterSales.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

/// <summary>The measuring reports: KPIs (K1–K3) and the technician monthly evaluation (R23).</summary>
internal static class EvaluationEndpoints
{
    public static void MapEvaluationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/reports/kpi", async Task<Ok<KpiReportDto>> (Guid? unitId, DateOnly from, DateOnly to, KpiGrouping? by, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetKpis(unitId, from, to, by), ct)))
            .WithTags("Reports")
            .ForRoles(Role.Supervisor, Role.ServiceDepartment, Role.ViceGeneralManager)
            .WithCsv<KpiReportDto>(CsvTables.Kpis)
            .Describe("GetKpis", "K1 on-time rate, K2 satisfaction (with the card-level and response rates), K3 complaint rate for calls received from..to, by unit, zone, technician or month, against the targets in force; company figures are sums of numerators over sums of denominators", 400, 404);

        var monthly = app.MapGroup("/api/v1/reports/technician-monthly").WithTags("Reports");

        monthly.MapGet("/", async Task<Ok<TechnicianMonthlyReportDto>> (Guid? technicianId, Guid? unitId, string month, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetTechnicianMonthly(technicianId, unitId, month), ct)))
            .ForRoles(Role.Supervisor, Role.ServiceDepartment)
            .Describe("GetTechnicianMonthly", "R23: a technician's month (or all of a unit's, with unitId) for the evaluation: ratings per item and level, mean and share satisfied, cards, calls, on-time rate, service-fault complaints, failed inspections, hours by type; a score where weights are set", 400, 404);

        monthly.MapPost("/close", async Task<Ok<TechnicianMonthlyReportDto>> (CloseEvaluationMonth command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command, ct)))
            .ForRoles(Role.ServiceDepartment)
            .Describe("CloseEvaluationMonth", "R23: close a unit's finished month; its figures are kept, and later answers count in the next open month, marked late", 400, 404, 409, 422);

        monthly.MapPut("/weights", async Task<Ok<EvaluationWeightsDto>> (SetEvaluationWeights command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command, ct)))
            .ForRoles(Role.Admin)
            .Describe("SetEvaluationWeights", "R23: the company's weights of the four rated items; with them the evaluation gives a score", 400, 412, 422);
    }
}
