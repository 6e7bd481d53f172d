using AfterSales.Application.Common.Interfaces;

namespace AfterSales.Api.Infrastructure;

/// <summary>
/// Sends a resource's row version as its ETag, so clients can send it back in If-Match; a GET whose
/// If-None-Match names that version answers 304 with no body (the client's copy is current).
/// </summary>
internal sealed class ETagFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if (result is IValueHttpResult { Value: IHasVersion versioned })
        {
            var http = context.HttpContext;
            http.Response.SetETag(versioned.Version);
            if (HttpMethods.IsGet(http.Request.Method) && http.Request.HasCurrentCopy(versioned.Version))
            {
                return TypedResults.StatusCode(StatusCodes.Status304NotModified);
            }
        }

        return result;
    }
}
