using AfterSales.Application.Customers.Commands.CorrectCustomer;
using AfterSales.Domain.Units;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Customers;
using AfterSales.Application.Customers.Commands.RegisterCustomer;
using AfterSales.Application.Customers.Queries.GetCustomer;
using AfterSales.Application.Customers.Queries.SearchCustomers;
using AfterSales.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class CustomerEndpoints
{
    /// <summary>The body of POST /customers/{id}/corrections: the particulars corrected (any of them) and why.</summary>
    public sealed record CustomerCorrectionBody(string? Address, string? Telephone, ServiceZone? Zone, string Reason);

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

        customers.MapPost("/{customerId:guid}/corrections", async Task<Ok<CustomerDto>> (Guid customerId, CustomerCorrectionBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new CorrectCustomer(customerId, body.Address, body.Telephone, body.Zone, body.Reason), ct)))
            .ForRoles(Role.Clerk)
            .Describe("CorrectCustomer", "A3: correct a customer's mistaken address, telephone or zone, with a reason; registered calls keep what they were registered with", 400, 404, 412, 422);
    }
}
