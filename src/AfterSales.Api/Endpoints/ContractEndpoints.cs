using AfterSales.Application.Common.Paging;
using AfterSales.Application.Contracts;
using AfterSales.Application.Contracts.Commands.RenewContract;
using AfterSales.Application.Contracts.Commands.SignContract;
using AfterSales.Application.Contracts.Queries.GetContracts;
using AfterSales.Application.Units;
using AfterSales.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class ContractEndpoints
{
    public sealed record RenewContractBody(DateOnly? StartsOn, DateOnly EndsOn, MoneyDto Fee);

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
            .Describe("RenewContract", "Add a new term to a maintenance contract", 400, 404, 422);
    }
}
