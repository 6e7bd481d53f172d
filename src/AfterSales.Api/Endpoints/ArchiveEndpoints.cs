using AfterSales.Api.Infrastructure;
using AfterSales.Application.Archiving;
using AfterSales.Application.Archiving.Commands.ArchiveRecords;
using AfterSales.Application.Archiving.Queries.GetArchiveBatch;
using AfterSales.Application.Archiving.Queries.PrintArchiveList;
using AfterSales.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class ArchiveEndpoints
{
    public static void MapArchiveEndpoints(this IEndpointRouteBuilder app)
    {
        var batches = app.MapGroup("/api/v1/archive-batches").WithTags("Archive");

        batches.MapPost("/", async Task<Created<ArchiveBatchDto>> (ArchiveRecords command, ISender sender, CancellationToken ct) =>
            {
                var batch = await sender.Send(command, ct);
                return TypedResults.Created($"/api/v1/archive-batches/{batch.Id}", batch);
            })
            .ForRoles(Role.Clerk, Role.Supervisor)
            .Describe("ArchiveRecords", "A1: archive a unit's calls closed on or before a date, with their receipts and cards; the answer is the archive list (歸檔表)", 400, 404);

        batches.MapGet("/{batchId:guid}", async Task<Ok<ArchiveBatchDto>> (Guid batchId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetArchiveBatch(batchId), ct)))
            .ForRoles(Role.Clerk, Role.Supervisor)
            .Describe("GetArchiveBatch", "An archive batch: what was archived, and what was held back and why", 404);

        batches.MapGet("/{batchId:guid}/print", async Task<PdfResult> (Guid batchId, ISender sender, CancellationToken ct) =>
                new PdfResult(await sender.Send(new PrintArchiveList(batchId), ct)))
            .ForRoles(Role.Clerk, Role.Supervisor)
            .Describe("PrintArchiveList", "歸檔表 as a PDF, with the boxes for who handed the records over and who received them", 404);
    }
}
