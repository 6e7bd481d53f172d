using AfterSales.Api.Infrastructure;
using AfterSales.Application.Archiving;
using AfterSales.Application.Archiving.Commands.ArchiveRecords;
using AfterSales.Application.Archiving.Queries.GetArchiveBatch;
using AfterSales.Application.Archiving.Queries.PrintArchiveList;
using AfterSales.Application.Archiving.Commands.ApproveDestruction;
using AfterSales.Application.Archiving.Commands.ExecuteDestruction;
using AfterSales.Application.Archiving.Commands.RequestDestruction;
using AfterSales.Application.Archiving.Commands.SetRetentionPeriod;
using AfterSales.Application.Archiving.Queries.GetDestructionCandidates;
using AfterSales.Application.Archiving.Queries.GetDestructionRequest;
using AfterSales.Application.Archiving.Queries.GetRetentionPeriods;
using AfterSales.Application.Common.Paging;
using AfterSales.Domain.Archiving;
using AfterSales.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class ArchiveEndpoints
{
    public sealed record RetentionBody(int Months);

    public static void MapArchiveEndpoints(this IEndpointRouteBuilder app)
    {
        var batches = app.MapGroup("/api/v1/archive-batches").WithTags("Archive");

        batches.MapPost("/", async Task<Created<ArchiveBatchDto>> (ArchiveRecords command, ISender sender, CancellationToken ct) =>
            {
                var batch = await sender.Send(command, ct);
                return TypedResults.Created($"/api/v1/archive-batches/{batch.Id}", batch);
            })
            .ForRoles(Role.Clerk, Role.Supervisor)
            .Describe("ArchiveRecords", "A1: archive a unit's records closed on or before a date (calls with their receipts, cards and movement lines, reviewed 006, checked 007, finished survey cards, closed complaints, notices with an outcome); the answer is the archive list (歸檔表)", 400, 404);

        batches.MapGet("/{batchId:guid}", async Task<Ok<ArchiveBatchDto>> (Guid batchId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetArchiveBatch(batchId), ct)))
            .ForRoles(Role.Clerk, Role.Supervisor)
            .Describe("GetArchiveBatch", "An archive batch: what was archived, and what was held back and why", 404);

        batches.MapGet("/{batchId:guid}/print", async Task<PdfResult> (Guid batchId, ISender sender, CancellationToken ct) =>
                new PdfResult(await sender.Send(new PrintArchiveList(batchId), ct)))
            .ForRoles(Role.Clerk, Role.Supervisor)
            .Describe("PrintArchiveList", "歸檔表 as a PDF, with the boxes for who handed the records over and who received them", 404);

        var archive = app.MapGroup("/api/v1/archive").WithTags("Archive");

        archive.MapGet("/retention", async Task<Ok<IReadOnlyList<RetentionPeriodDto>>> (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetRetentionPeriods(), ct)))
            .ForRoles(Role.Admin, Role.ServiceDepartment)
            .Describe("GetRetentionPeriods", "A2: how many months each type of record is kept after it closes");

        archive.MapPut("/retention/{type}", async Task<Ok<RetentionPeriodDto>> (ArchivedRecordType type, RetentionBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SetRetentionPeriod(type, body.Months), ct)))
            .ForRoles(Role.Admin)
            .Describe("SetRetentionPeriod", "A2: set how many months a type of record is kept after it closes (receipts, cards and movement lines follow their call)", 400, 404);

        archive.MapGet("/destruction-candidates", async Task<Ok<Page<ArchivedRecordDto>>> (Guid unitId, ArchivedRecordType type, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetDestructionCandidates(unitId, type, cursor, limit), ct)))
            .ForRoles(Role.Admin, Role.ServiceDepartment)
            .Describe("GetDestructionCandidates", "A2: a unit's archived records of a type past retention, tied to no open complaint and no unissued invoice request, oldest first", 400, 404);

        var destructions = app.MapGroup("/api/v1/destruction-requests").WithTags("Archive");

        destructions.MapPost("/", async Task<Created<DestructionRequestDto>> (RequestDestruction command, ISender sender, CancellationToken ct) =>
            {
                var destruction = await sender.Send(command, ct);
                return TypedResults.Created($"/api/v1/destruction-requests/{destruction.Id}", destruction);
            })
            .ForRoles(Role.Admin)
            .Describe("RequestDestruction", "A2: propose destroying a unit's archived records of a type: those named (each must be a candidate), or every candidate when none are named", 400, 404, 422);

        destructions.MapGet("/{destructionId:guid}", async Task<Ok<DestructionRequestDto>> (Guid destructionId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetDestructionRequest(destructionId), ct)))
            .ForRoles(Role.Admin, Role.ServiceDepartment)
            .Describe("GetDestructionRequest", "A2: a destruction record at whatever step it stands", 404);

        destructions.MapPost("/{destructionId:guid}/approve", async Task<Ok<DestructionRequestDto>> (Guid destructionId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ApproveDestruction(destructionId), ct)))
            .ForRoles(Role.ServiceDepartment)
            .Describe("ApproveDestruction", "A2: the service department approves a proposed destruction; never the person who proposed it", 404, 409, 412, 422);

        destructions.MapPost("/{destructionId:guid}/execute", async Task<Ok<DestructionRequestDto>> (Guid destructionId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ExecuteDestruction(destructionId), ct)))
            .ForRoles(Role.Admin, Role.ServiceDepartment)
            .Describe("ExecuteDestruction", "A2: carry out an approved destruction: the records' content and personal data are removed, their tombstones kept, and reads of them answer 410", 404, 409, 412);
    }
}
