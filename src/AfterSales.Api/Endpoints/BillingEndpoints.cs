using AfterSales.Api.Infrastructure;
using AfterSales.Application.Billing;
using AfterSales.Application.Billing.Commands.ConfirmCashHandover;
using AfterSales.Application.Billing.Commands.IssueInvoice;
using AfterSales.Application.Billing.Queries.GetInvoiceRequests;
using AfterSales.Application.Billing.Queries.GetPartsUsage;
using AfterSales.Application.Billing.Queries.GetPendingCash;
using AfterSales.Application.Common.Paging;
using AfterSales.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class BillingEndpoints
{
    public sealed record IssueBody(string InvoiceNumber);

    public static void MapBillingEndpoints(this IEndpointRouteBuilder app)
    {
        var billing = app.MapGroup("/api/v1").WithTags("Money");

        billing.MapGet("/invoice-requests", async Task<Ok<Page<InvoiceRequestDto>>> (Guid? unitId, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetInvoiceRequests(unitId, cursor, limit), ct)))
            .ForRoles(Role.Accountant)
            .Describe("PullInvoiceRequests", "The accounting feed: oldest first, stable, never skips; resume from nextCursor (empty items = caught up)", 400, 404)
            .ReadsPrimary();

        billing.MapPost("/invoice-requests/{requestId:guid}/issue", async Task<Ok<InvoiceRequestDto>> (Guid requestId, IssueBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new IssueInvoice(requestId, body.InvoiceNumber), ct)))
            .ForRoles(Role.Accountant)
            .Describe("IssueInvoice", "Record the invoice number; the same number again is harmless, another is a 409", 400, 404, 409);

        billing.MapGet("/cash-collections", async Task<Ok<Page<CollectedCashDto>>> (Guid? unitId, Guid? technicianId, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetPendingCash(unitId, technicianId, cursor, limit), ct)))
            .ForRoles(Role.Accountant, Role.Technician)
            .Describe("ListPendingCash", "Cash collected on site and not yet handed over (R10)", 400, 404);

        billing.MapPost("/cash-handovers", async Task<Created<CashHandoverDto>> (ConfirmCashHandover command, ISender sender, CancellationToken ct) =>
            {
                var handover = await sender.Send(command, ct);
                return TypedResults.Created($"/api/v1/cash-handovers/{handover.Id}", handover);
            })
            .ForRoles(Role.Accountant)
            .Describe("ConfirmCashHandover", "The accountant counts a technician's cash and confirms it against their collections (R10)", 400, 404, 409, 422);

        billing.MapGet("/parts-usage", async Task<Ok<Page<PartUsageDto>>> (Guid? unitId, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetPartsUsage(unitId, cursor, limit), ct)))
            .ForRoles(Role.Accountant)
            .Describe("PullPartsUsage", "Parts used on calls and cards, for the inventory ledger (R3); same guarantees as the invoice feed", 400, 404)
            .ReadsPrimary();
    }
}
