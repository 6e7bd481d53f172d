using AfterSales.Application.Certificates.Queries.PrintCertificate;
using AfterSales.Api.Infrastructure;
using AfterSales.Application.Certificates.Queries.GetCertificate;
using AfterSales.Application.Certificates;
using AfterSales.Application.Certificates.Commands.IssueCertificate;
using AfterSales.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class CertificateEndpoints
{
    /// <summary>The body of POST /customers/{id}/certificates; the customer comes from the path.</summary>
    public sealed record IssueCertificateBody(string Model, string SerialNumber, DateOnly SoldOn, DateOnly WarrantyEndsOn);

    public static void MapCertificateEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/customers/{customerId:guid}/certificates", async Task<Created<CertificateDto>> (Guid customerId, IssueCertificateBody body, ISender sender, CancellationToken ct) =>
            {
                var certificate = await sender.Send(new IssueCertificate(customerId, body.Model, body.SerialNumber, body.SoldOn, body.WarrantyEndsOn), ct);
                return TypedResults.Created($"/api/v1/certificates/{certificate.Id}", certificate);
            })
            .WithTags("Customers")
            .ForRoles(Role.Clerk)
            .Describe("IssueCertificate", "Make the service certificate (form 001) for a product sold", 400, 404, 422);

        app.MapGet("/api/v1/certificates/{certificateId:guid}", async Task<Ok<CertificateDto>> (Guid certificateId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetCertificate(certificateId), ct)))
            .WithTags("Customers")
            .ForUnitStaff()
            .Describe("GetCertificate", "A service certificate with its full service history, in order", 404);

        app.MapGet("/api/v1/certificates/{certificateId:guid}/print", async Task<PdfResult> (Guid certificateId, ISender sender, CancellationToken ct) =>
                new PdfResult(await sender.Send(new PrintCertificate(certificateId), ct)))
            .WithTags("Customers")
            .ForUnitStaff()
            .Describe("PrintCertificate", "服表001 as a PDF: the service certificate with its whole service history", 404);
    }
}
