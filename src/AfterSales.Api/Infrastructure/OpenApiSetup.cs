using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AfterSales.Api.Infrastructure;

internal static class OpenApiSetup
{
    public const string BearerScheme = "Bearer";

    public static IServiceCollection AddAfterSalesOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "AfterSales API",
                Version = "v1",
                Description = "After-sales service management: calls, dispatch, repairs, money and reports.",
            });
            options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A JWT with claims sub, role and unit. In Development, POST /api/v1/dev/tokens gives one.",
            });
            options.OperationFilter<SecurityAndHeadersOperationFilter>();
            options.MapType<PrintedPdf>(() => new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" });
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            options.SchemaFilter<RequiredValueFieldsSchemaFilter>();
            options.SchemaFilter<NullableEnumsSchemaFilter>();
            options.CustomSchemaIds(SchemaId);
        });
        return services;
    }

    /// <summary>Short, readable schema names: <c>PageOfUnitDto</c> rather than a CLR generic name.</summary>
    private static string SchemaId(Type type)
    {
        var name = type.IsNested ? $"{type.DeclaringType!.Name}{type.Name}" : type.Name;
        if (!type.IsGenericType)
        {
            return name;
        }

        return name[..name.IndexOf('`', StringComparison.Ordinal)] + "Of" + string.Join("And", type.GetGenericArguments().Select(SchemaId));
    }

    /// <summary>
    /// The contract says what <see cref="MissingValuesAreRequired"/> enforces: a value-type field (an
    /// enum, a flag, a number, an id, a date) with no default of its own must be sent.
    /// </summary>
    private sealed class RequiredValueFieldsSchemaFilter : ISchemaFilter
    {
        public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
        {
            if (schema is not OpenApiSchema concrete || concrete.Properties is null || context.Type.Assembly.GetName().Name?.StartsWith("AfterSales.", StringComparison.Ordinal) != true)
            {
                return;
            }

            var constructor = context.Type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
            foreach (var parameter in constructor?.GetParameters() ?? [])
            {
                var name = char.ToLowerInvariant(parameter.Name![0]) + parameter.Name[1..];
                if (!parameter.HasDefaultValue && parameter.ParameterType.IsValueType && Nullable.GetUnderlyingType(parameter.ParameterType) is null
                    && concrete.Properties.ContainsKey(name))
                {
                    concrete.Required ??= new HashSet<string>();
                    concrete.Required.Add(name);
                }
            }
        }
    }

    /// <summary>
    /// An optional enum field (<c>ServiceZone?</c>) may be null, but OpenAPI 3.0 cannot mark a <c>$ref</c>
    /// nullable: such a field is written as its enum inline, marked nullable, so clients and generated
    /// types know null is allowed.
    /// </summary>
    private sealed class NullableEnumsSchemaFilter : ISchemaFilter
    {
        public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
        {
            if (schema is not OpenApiSchema concrete || concrete.Properties is null || context.Type.Assembly.GetName().Name?.StartsWith("AfterSales.", StringComparison.Ordinal) != true)
            {
                return;
            }

            foreach (var property in context.Type.GetProperties())
            {
                var name = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
                if (Nullable.GetUnderlyingType(property.PropertyType) is { IsEnum: true } enumType && concrete.Properties.ContainsKey(name))
                {
                    concrete.Properties[name] = new OpenApiSchema
                    {
                        Type = JsonSchemaType.String | JsonSchemaType.Null,
                        Enum = Enum.GetNames(enumType).Select(n => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(n)).ToList(),
                    };
                }
            }
        }
    }

    /// <summary>Marks operations that need a token, and documents Idempotency-Key and If-Match where they apply.</summary>
    private sealed class SecurityAndHeadersOperationFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
            var needsToken = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
            if (needsToken)
            {
                operation.Security =
                [
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] },
                ];
            }

            var method = context.ApiDescription.HttpMethod;
            if (needsToken && method == HttpMethods.Post)
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = RequestContext.IdempotencyKeyHeader,
                    In = ParameterLocation.Header,
                    Required = false,
                    Description = "Retries with the same key and body get the first answer and change nothing; another body with the key is a 422.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 200 },
                });
            }

            // PUTs, and commands on one resource (POST /calls/{callId}/dispatch), honour If-Match.
            var onOneResource = context.ApiDescription.RelativePath?.Contains('{', StringComparison.Ordinal) ?? false;
            if (method == HttpMethods.Put || (needsToken && method == HttpMethods.Post && onOneResource))
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = "If-Match",
                    In = ParameterLocation.Header,
                    Required = false,
                    Description = "The ETag last read; a stale one gets 412 and changes nothing.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                });
            }
        }
    }
}
