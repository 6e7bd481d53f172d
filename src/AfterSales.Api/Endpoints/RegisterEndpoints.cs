using AfterSales.Application.Registers.Queries.PrintProductMovements;
using AfterSales.Application.Registers.Queries.PrintCallRegister;
using AfterSales.Application.Registers.Queries.PrintPickupReceipt;
using AfterSales.Api.Infrastructure;
using AfterSales.Domain.Common;
using AfterSales.Application.Registers.Commands.SendCallRegister;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Registers.Queries.GetPickupReceipt;
using AfterSales.Application.Registers.Queries.GetProductMovements;
using AfterSales.Application.RepairCards;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class RegisterEndpoints
{
    public static void MapRegisterEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/registers/calls/{unitId:guid}/{date}/send", async Task<Ok<SentCallRegisterDto>> (Guid unitId, DateOnly date, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SendCallRegister(unitId, date), ct)))
            .WithTags("Registers")
            .ForRoles(Role.Clerk)
            .Describe("SendCallRegister", "Send a closed day's call register to the service department (R24), once; a repeat answers what was sent", 400, 404, 422);

        app.MapGet("/api/v1/registers/product-movements", async Task<Ok<Page<ProductMovementDto>>> (Guid? unitId, DateOnly date, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetProductMovements(unitId, date, cursor, limit), ct)))
            .WithTags("Registers")
            .ForUnitStaff()
            .WithCsv<Page<ProductMovementDto>>(CsvTables.Movements)
            .Describe("ListProductMovements", "The product in/out register (form 004) for one day", 400, 404);

        app.MapGet("/api/v1/pickup-receipts/{number}", async Task<Ok<PickupReceiptDto>> (string number, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetPickupReceipt(number), ct)))
            .WithTags("Registers")
            .ForUnitStaff()
            .Describe("GetPickupReceipt", "A pickup receipt (form 003) and whether it is void", 404);

        app.MapGet("/api/v1/pickup-receipts/{number}/print", async Task<PdfResult> (string number, ISender sender, CancellationToken ct) =>
                new PdfResult(await sender.Send(new PrintPickupReceipt(number), ct)))
            .WithTags("Registers")
            .ForUnitStaff()
            .Describe("PrintPickupReceipt", "服表003 as a PDF: the customer's pickup receipt, stamped VOID once taken back", 400, 404);

        app.MapGet("/api/v1/registers/calls/{unitId:guid}/{date}/print", async Task<PdfResult> (Guid unitId, DateOnly date, ISender sender, CancellationToken ct) =>
                new PdfResult(await sender.Send(new PrintCallRegister(unitId, date), ct)))
            .WithTags("Registers")
            .ForUnitStaff()
            .Describe("PrintCallRegister", "服表002 as a PDF: every call a unit received on a day, on as many pages as they take", 400, 404);

        app.MapGet("/api/v1/registers/product-movements/print", async Task<PdfResult> (Guid unitId, DateOnly from, DateOnly? to, ISender sender, CancellationToken ct) =>
                new PdfResult(await sender.Send(new PrintProductMovements(unitId, from, to ?? from), ct)))
            .WithTags("Registers")
            .ForUnitStaff()
            .Describe("PrintProductMovements", "服表004 as a PDF: the products in and out of a unit over a day (from) or a period (from–to, at most 31 days)", 400, 404);
    }
}
