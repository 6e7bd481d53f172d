using AfterSales.Application.Contracts.Queries.PrintExpiryNotice;
using AfterSales.Api.Infrastructure;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Contracts;
using AfterSales.Application.Contracts.Commands.AssignExpiryNotice;
using AfterSales.Application.Contracts.Commands.DeclineRenewal;
using AfterSales.Application.Contracts.Commands.RenewContract;
using AfterSales.Application.Contracts.Commands.SendExpiryNotice;
using AfterSales.Application.Contracts.Commands.SignContract;
using AfterSales.Application.Contracts.Queries.GetContracts;
using AfterSales.Application.Contracts.Queries.GetExpiryNotices;
using AfterSales.Application.Units;
using AfterSales.Domain.Common;
using AfterSales.Domain.Contracts;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class ContractEndpoints
{
    public sealed record RenewContractBody(DateOnly? StartsOn, DateOnly EndsOn, MoneyDto Fee);

    public sealed record SendNoticeBody(DateOnly SentOn, NoticeChannel Channel);

    public sealed record AssignNoticeBody(Guid StaffId);

    public sealed record OutcomeBody(ExpiryNoticeOutcome Outcome, string Reason);

    public static void MapContractEndpoints(this IEndpointRouteBuilder app)
    {
        var contracts = app.MapGroup("/api/v1/contracts").WithTags("Contracts");

        contracts.MapPost("/", async Task<Created<ContractDto>> (SignContract command, ISender sender, CancellationToken ct) =>
            {
                var contract = await sender.Send(command, ct);
                return TypedResults.Created($"/api/v1/contracts/{contract.Id}", contract);
            })
            .ForRoles(Role.Clerk)
            .Describe("SignContract", "Record a maintenance contract covering some of a customer's products", 400, 404, 422);

        contracts.MapGet("/", async Task<Ok<Page<ContractDto>>> (Guid? unitId, DateOnly? endingBefore, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetContracts(unitId, endingBefore, cursor, limit), ct)))
            .ForRoles(Role.Clerk, Role.Supervisor, Role.ServiceDepartment)
            .Describe("ListContracts", "Maintenance contracts, optionally those ending before a date", 400, 404);

        contracts.MapPost("/{contractId:guid}/renew", async Task<Ok<ContractDto>> (Guid contractId, RenewContractBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RenewContract(contractId, body.StartsOn, body.EndsOn, body.Fee), ct)))
            .ForRoles(Role.Clerk)
            .Describe("RenewContract", "Add a new term to a maintenance contract; settles the expiry notice of the term it follows (R20)", 400, 404, 409, 422);

        var notices = app.MapGroup("/api/v1/contract-expiry-notices").WithTags("Contracts");

        notices.MapGet("/", async Task<Ok<Page<ExpiryNoticeDto>>> (Guid? unitId, ExpiryNoticeState? status, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetExpiryNotices(unitId, status, cursor, limit), ct)))
            .ForRoles(Role.Clerk, Role.Supervisor)
            .Describe("ListExpiryNotices", "A unit's contract expiry notices by due date, optionally in one state as of today: due, overdue, sent, lapsed… (R20)", 400, 404);

        notices.MapGet("/{noticeId:guid}/print", async Task<PdfResult> (Guid noticeId, ISender sender, CancellationToken ct) =>
                new PdfResult(await sender.Send(new PrintExpiryNotice(noticeId), ct)))
            .ForRoles(Role.Clerk, Role.Supervisor)
            .Describe("PrintExpiryNotice", "保養到期通知書 as a PDF: the letter telling the customer the contract ends and inviting renewal (R20)", 404);

        notices.MapPost("/{noticeId:guid}/send", async Task<Ok<ExpiryNoticeDto>> (Guid noticeId, SendNoticeBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SendExpiryNotice(noticeId, body.SentOn, body.Channel), ct)))
            .ForRoles(Role.Clerk)
            .Describe("SendExpiryNotice", "Record sending a due expiry notice: the day and the channel; once per term (R20)", 400, 404, 409, 422);

        notices.MapPost("/{noticeId:guid}/assign", async Task<Ok<ExpiryNoticeDto>> (Guid noticeId, AssignNoticeBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new AssignExpiryNotice(noticeId, body.StaffId), ct)))
            .ForRoles(Role.Supervisor)
            .Describe("AssignExpiryNotice", "Name who seeks the renewal, before or after the notice is sent (R20)", 400, 404, 409, 422);

        notices.MapPost("/{noticeId:guid}/outcome", async Task<Ok<ExpiryNoticeDto>> (Guid noticeId, OutcomeBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new DeclineRenewal(noticeId, body.Outcome, body.Reason), ct)))
            .ForRoles(Role.Clerk, Role.Supervisor)
            .Describe("RecordExpiryNoticeOutcome", "Record that the customer declined to renew, with the reason; Renewed comes from renewing the contract (R20)", 400, 404, 409);
    }
}
