using System.Reflection;
using AfterSales.Application.Printing;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace AfterSales.Api.Infrastructure;

/// <summary>
/// A printed form as the answer: <c>application/pdf</c>, shown in the browser rather than saved
/// (<c>Content-Disposition: inline</c>), under the form's file name.
/// </summary>
internal sealed class PdfResult(PrintedForm form) : IResult, IEndpointMetadataProvider
{
    public const string ContentType = "application/pdf";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = ContentType;
        response.ContentLength = form.Pdf.Length;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileNameStar = form.FileName }.ToString();
        return response.Body.WriteAsync(form.Pdf, httpContext.RequestAborted).AsTask();
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(PrintedPdf), [ContentType]));
}

/// <summary>The contract's name for a PDF body (a binary string in the OpenAPI document).</summary>
internal sealed class PrintedPdf;
