using AfterSales.Domain.Common;

namespace AfterSales.Api.Endpoints;

internal static class EndpointConventions
{
    /// <summary>
    /// Names the operation (its OpenAPI operationId) and documents its problem responses: a 400 as a
    /// validation problem with its per-field <c>errors</c>, the others as problems. The operation's
    /// description is the XML doc of the message it sends (OpenApiSetup).
    /// </summary>
    public static RouteHandlerBuilder Describe(this RouteHandlerBuilder builder, string operationId, string summary, params int[] problems)
    {
        builder.WithName(operationId).WithSummary(summary);
        foreach (var status in problems.Order())
        {
            if (status == StatusCodes.Status400BadRequest)
            {
                builder.ProducesValidationProblem();
            }
            else
            {
                builder.ProducesProblem(status);
            }
        }

        builder.ProducesProblem(StatusCodes.Status500InternalServerError);
        return builder;
    }

    /// <summary>Requires one of the roles; the caller gets 401 without a token and 403 with another role.</summary>
    public static RouteHandlerBuilder ForRoles(this RouteHandlerBuilder builder, params Role[] roles) =>
        builder.RequireAuthorization(policy => policy.RequireRole(roles.Select(r => r.ToString())))
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    /// <summary>Any authenticated staff member; the handler narrows it to their own unit.</summary>
    public static RouteHandlerBuilder ForUnitStaff(this RouteHandlerBuilder builder) =>
        builder.RequireAuthorization().ProducesProblem(StatusCodes.Status401Unauthorized);
}
