using AfterSales.Application.Common.Interfaces;

namespace AfterSales.Api.Infrastructure;

/// <summary>Sends a resource's row version as its ETag, so clients can send it back in If-Match.</summary>
internal sealed class ETagFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if (result is IValueHttpResult { Value: IHasVersion versioned })
        {
            context.HttpContext.Response.SetETag(versioned.Version);
        }

        return result;
    }
}
