using AfterSales.Application.RepairCards.Commands.CorrectRepairWork;
using AfterSales.Application.RepairCards.Commands.CorrectRepairPart;
using AfterSales.Application.RepairCards.Queries.PrintRepairCard;
using AfterSales.Api.Infrastructure;
using AfterSales.Application.Calls;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.RepairCards;
using AfterSales.Application.RepairCards.Commands.AnswerEscalation;
using AfterSales.Application.RepairCards.Commands.CloseRepairCard;
using AfterSales.Application.RepairCards.Commands.ReportLateRepair;
using AfterSales.Application.RepairCards.Commands.InspectRepair;
using AfterSales.Application.RepairCards.Commands.RecordRepairPart;
using AfterSales.Application.RepairCards.Commands.RecordRepairWork;
using AfterSales.Application.RepairCards.Queries.GetRepairCard;
using AfterSales.Application.RepairCards.Queries.GetRepairCards;
using AfterSales.Application.Units;
using AfterSales.Domain.Common;
using AfterSales.Domain.RepairCards;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class RepairCardEndpoints
{
    public sealed record WorkBody(decimal Hours, string Description, bool RepairFinished);

    public sealed record PartBody(string PartNumber, decimal Quantity, MoneyDto UnitPrice);

    public sealed record InspectionBody(bool Passed, string? Note);

    public sealed record CloseBody(SignatureDto Signature, string? ReceiptNumber, string? LostReceiptReason);

    public sealed record EscalationBody(string Reason);

    public sealed record WorkCorrectionBody(decimal Hours, string Reason);

    public sealed record PartCorrectionBody(decimal Quantity, string Reason);

    public sealed record EscalationAnswerBody(string Help, DateTimeOffset? NewPromisedAt);

    public static void MapRepairCardEndpoints(this IEndpointRouteBuilder app)
    {
        var cards = app.MapGroup("/api/v1/repair-cards").WithTags("Workshop");

        cards.MapGet("/", async Task<Ok<Page<RepairCardDto>>> (Guid? unitId, RepairCardStatus? status, bool? overdue, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetRepairCards(unitId, status, overdue, cursor, limit), ct)))
            .ForUnitStaff()
            .Describe("ListRepairCards", "Cards in the workshop; overdue=true lists the late ones (R14): past the promise, product not yet returned", 400, 404);

        cards.MapGet("/{cardId:guid}", async Task<Ok<RepairCardDto>> (Guid cardId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetRepairCard(cardId), ct)))
            .ForUnitStaff()
            .Describe("GetRepairCard", "One repair card (form 005)", 404);

        cards.MapGet("/{cardId:guid}/print", async Task<PdfResult> (Guid cardId, ISender sender, CancellationToken ct) =>
                new PdfResult(await sender.Send(new PrintRepairCard(cardId), ct)))
            .ForUnitStaff()
            .Describe("PrintRepairCard", "服表005 as a PDF on an A6 tag to hang on the product: its number large and as a QR code, the work, parts and inspections", 404);

        cards.MapPost("/{cardId:guid}/work", async Task<Ok<RepairCardDto>> (Guid cardId, WorkBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RecordRepairWork(cardId, body.Hours, body.Description, body.RepairFinished), ct)))
            .ForRoles(Role.Technician)
            .Describe("RecordRepairWork", "Record repair hours and what was done (R12)", 400, 404, 409);

        cards.MapPost("/{cardId:guid}/work/{entry:int}/corrections", async Task<Ok<RepairCardDto>> (Guid cardId, int entry, WorkCorrectionBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new CorrectRepairWork(cardId, entry, body.Hours, body.Reason), ct)))
            .ForRoles(Role.Supervisor)
            .Describe("CorrectRepairWork", "A3: correct the hours of a work entry (numbered from 1), with a reason; a paid repair already charged is corrected through accounting (409)", 400, 404, 409, 412, 422);

        cards.MapPost("/{cardId:guid}/parts/{entry:int}/corrections", async Task<Ok<RepairCardDto>> (Guid cardId, int entry, PartCorrectionBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new CorrectRepairPart(cardId, entry, body.Quantity, body.Reason), ct)))
            .ForRoles(Role.Supervisor)
            .Describe("CorrectRepairPart", "A3: correct the quantity of a part on the card (numbered from 1; 0 when not used), with a reason; the parts ledger gets a line of the difference; a paid repair already charged is corrected through accounting (409)", 400, 404, 409, 412, 422);

        cards.MapPost("/{cardId:guid}/parts", async Task<Ok<RepairCardDto>> (Guid cardId, PartBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RecordRepairPart(cardId, body.PartNumber, body.Quantity, body.UnitPrice), ct)))
            .ForRoles(Role.Technician)
            .Describe("RecordRepairPart", "Record a part replaced: number, quantity, unit price (R12)", 400, 404, 409);

        cards.MapPost("/{cardId:guid}/inspection", async Task<Ok<RepairCardDto>> (Guid cardId, InspectionBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new InspectRepair(cardId, body.Passed, body.Note), ct)))
            .ForRoles(Role.Supervisor)
            .Describe("InspectRepair", "Pass, or fail with a note (back to repair) (R12)", 400, 404, 409, 422);

        cards.MapPost("/{cardId:guid}/close", async Task<Ok<ReturnDto>> (Guid cardId, CloseBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new CloseRepairCard(cardId, body.Signature, body.ReceiptNumber, body.LostReceiptReason), ct)))
            .ForRoles(Role.Technician, Role.Clerk)
            .Describe("CloseRepairCard", "Return the product (R12): product out, customer signs, receipt presented (or declared lost) and voided, call closed", 400, 404, 409, 422);

        cards.MapPost("/{cardId:guid}/escalations", async Task<Ok<RepairCardDto>> (Guid cardId, EscalationBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ReportLateRepair(cardId, body.Reason), ct)))
            .ForRoles(Role.Technician)
            .Describe("ReportLateRepair", "Report to the supervisor that the card will miss its promised time (R14)", 400, 404, 409);

        cards.MapPost("/{cardId:guid}/escalations/{escalationId:guid}/answer", async Task<Ok<RepairCardDto>> (Guid cardId, Guid escalationId, EscalationAnswerBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new AnswerEscalation(cardId, escalationId, body.Help, body.NewPromisedAt), ct)))
            .ForRoles(Role.Supervisor)
            .Describe("AnswerEscalation", "Answer a late card's report with the help given and maybe a new promised time; the first promise is kept (R14)", 400, 404, 409, 422);
    }
}
