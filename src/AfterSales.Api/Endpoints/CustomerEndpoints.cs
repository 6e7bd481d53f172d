using AfterSales.Application.Certificates.Queries.GetCertificate;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Contracts;
using AfterSales.Application.Contracts.Commands.RenewContract;
using AfterSales.Application.Contracts.Commands.SignContract;
using AfterSales.Application.Contracts.Queries.GetContracts;
using AfterSales.Application.Customers;
using AfterSales.Application.Customers.Commands.IssueCertificate;
using AfterSales.Application.Customers.Commands.RegisterCustomer;
using AfterSales.Application.Customers.Queries.GetCustomer;
using AfterSales.Application.Customers.Queries.SearchCustomers;
using AfterSales.Application.Units;
using AfterSales.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class CustomerEndpoints
{
    /// <summary>The body of POST /customers/{id}/certificates; the customer comes from the path.</summary>
    public sealed record IssueCertificateBody(string Model, string SerialNumber, DateOnly SoldOn, DateOnly WarrantyEndsOn);

    public sealed record RenewContractBody(DateOnly? StartsOn, DateOnly EndsOn, MoneyDto Fee);

    public static void MapCustomerEndpoints(this IEndpointRouteBuilder app)
    {
        var customers = app.MapGroup("/api/v1/customers").WithTags("Customers");

        customers.MapPost("/", async Task<Created<CustomerDto>> (RegisterCustomer command, ISender sender, CancellationToken ct) =>
            {
                var customer = await sender.Send(command, ct);
                return TypedResults.Created($"/api/v1/customers/{customer.Id}", customer);
            })
            .ForRoles(Role.Clerk)
            .Describe("RegisterCustomer", "Add a customer to the unit's customer file", 400, 422);

        customers.MapGet("/", async Task<Ok<Page<CustomerDto>>> (string? search, Guid? unitId, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SearchCustomers(search, unitId, cursor, limit), ct)))
            .ForRoles(Role.Clerk, Role.Supervisor, Role.ServiceDepartment)
            .Describe("SearchCustomers", "Find customers by name, telephone or address", 400, 404);

        customers.MapGet("/{customerId:guid}", async Task<Ok<CustomerWithCertificatesDto>> (Guid customerId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetCustomer(customerId), ct)))
            .ForRoles(Role.Clerk, Role.Supervisor, Role.ServiceDepartment)
            .Describe("GetCustomer", "A customer with their service certificates", 404);

        customers.MapPost("/{customerId:guid}/certificates", async Task<Created<CertificateDto>> (Guid customerId, IssueCertificateBody body, ISender sender, CancellationToken ct) =>
            {
                var certificate = await sender.Send(new IssueCertificate(customerId, body.Model, body.SerialNumber, body.SoldOn, body.WarrantyEndsOn), ct);
                return TypedResults.Created($"/api/v1/certificates/{certificate.Id}", certificate);
            })
            .ForRoles(Role.Clerk)
            .Describe("IssueCertificate", "Make the service certificate (form 001) for a product sold", 400, 404, 422);

        app.MapGet("/api/v1/certificates/{certificateId:guid}", async Task<Ok<CertificateDto>> (Guid certificateId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetCertificate(certificateId), ct)))
            .WithTags("Customers")
            .ForUnitStaff()
            .Describe("GetCertificate", "A service certificate with its full service history, in order", 404);

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
