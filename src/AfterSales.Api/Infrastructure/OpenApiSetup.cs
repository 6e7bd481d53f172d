using System.Text.RegularExpressions;
using System.Xml.Linq;
using AfterSales.Application.Common.Interfaces;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AfterSales.Api.Infrastructure;

internal static partial class OpenApiSetup
{
    public const string BearerScheme = "Bearer";

    /// <summary>The assemblies whose XML docs describe the contract's operations and schemas.</summary>
    private static readonly string[] DocumentedAssemblies = ["AfterSales.Api", "AfterSales.Application", "AfterSales.Domain"];

    /// <summary>What each tag of the contract groups, for the documentation frontends read first.</summary>
    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["Units"] = "Service centers and branches: their working calendars (R19) and policies (R6).",
        ["Staff"] = "The people of each unit and their roles (R4).",
        ["Customers"] = "Customers, their products' service certificates (form 001) and their service history.",
        ["Contracts"] = "Maintenance contracts, their terms and the contract expiry notices (R20).",
        ["Calls"] = "Repair calls from registration to closure: dispatch, arrival, on-site work, pickup (R6, R8–R11, R18, R19).",
        ["Workshop"] = "Repair cards (form 005) in the workshop: work, parts, late cards, inspection and return (R12–R14).",
        ["Registers"] = "The call register (form 002), pickup receipts (form 003) and the product movement register (form 004).",
        ["Money"] = "Invoice requests, cash collected on site and its handover, and the parts ledger the accounting system pulls (R3, R10, R13).",
        ["Reports"] = "Daily reports (forms 006 and 007), admin work, the technician month (R23) and the KPIs (K1–K3).",
        ["Surveys"] = "Customer survey cards (客戶意見調查卡) and their answers (R24, R25).",
        ["Complaints"] = "Customer complaints, their triage, follow-up and reply (R26–R28).",
        ["Archive"] = "Archiving closed records (A1), retention and approved destruction (A2).",
        ["Audit"] = "Who changed what and when.",
        ["Events"] = "Domain events from the transactional outbox, pulled in commit order.",
    };

    public static IServiceCollection AddAfterSalesOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "AfterSales API",
                Version = "v1",
                Description = "After-sales service management: calls, dispatch, repairs, money and reports. Conventions (problems, "
                    + "idempotency, versions, pagination, money) are in docs/http-model.md of the repository.",
                Contact = new OpenApiContact { Name = "AfterSales maintainers", Url = new Uri("https://github.com/aftersales/aftersales") },
                License = new OpenApiLicense { Name = "MIT", Url = new Uri("https://opensource.org/license/mit") },
            });
            options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A JWT with claims sub, role and unit. A Development instance gives one at POST /api/v1/dev/tokens "
                    + "with {\"role\": \"Admin\"} or {\"staffId\": \"…\"} (a route left out of this contract).",
            });
            foreach (var assembly in DocumentedAssemblies)
            {
                var xml = Path.Combine(AppContext.BaseDirectory, assembly + ".xml");
                if (File.Exists(xml))
                {
                    options.IncludeXmlComments(xml);
                }
            }

            options.OperationFilter<SecurityAndHeadersOperationFilter>();
            options.OperationFilter<DescriptionFromMessageDocsFilter>();
            options.DocumentFilter<DocumentInfoFilter>();
            options.DocumentFilter<RequestExamples>();
            options.MapType<PrintedPdf>(() => new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" });

            // Money and hours are decimals: a number the client must read as a decimal, never round
            // through a binary float (docs/http-model.md, "Money").
            options.MapType<decimal>(() => new OpenApiSchema { Type = JsonSchemaType.Number, Format = "decimal" });
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            options.SchemaFilter<RequiredValueFieldsSchemaFilter>();
            options.SchemaFilter<NullableEnumsSchemaFilter>();
            options.CustomSchemaIds(SchemaId);
        });
        return services;
    }

    /// <summary>
    /// Short, readable schema names: <c>PageOfUnitDto</c> rather than a CLR generic name, and an endpoint's
    /// body by its own name (<c>DispatchBody</c>), prefixed with its area only where two areas share it.
    /// </summary>
    private static string SchemaId(Type type)
    {
        var name = type.IsNested
            ? SharedNestedNames.Contains(type.Name) ? $"{type.DeclaringType!.Name.Replace("Endpoints", string.Empty, StringComparison.Ordinal)}{type.Name}" : type.Name
            : type.Name;
        if (!type.IsGenericType)
        {
            return name;
        }

        return name[..name.IndexOf('`', StringComparison.Ordinal)] + "Of" + string.Join("And", type.GetGenericArguments().Select(SchemaId));
    }

    private static readonly HashSet<string> SharedNestedNames = typeof(OpenApiSetup).Assembly.GetTypes()
        .Where(t => t.IsNested && t.DeclaringType!.Name.EndsWith("Endpoints", StringComparison.Ordinal))
        .GroupBy(t => t.Name)
        .Where(g => g.Count() > 1)
        .Select(g => g.Key)
        .ToHashSet();

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

    /// <summary>
    /// Marks operations that need a token, documents Idempotency-Key and If-Match where they apply, the
    /// ETag of a versioned answer (and If-None-Match with its 304 on a GET of one), the Location of a
    /// created one, and the 429 and 503 every operation can answer with their Retry-After.
    /// </summary>
    private sealed class SecurityAndHeadersOperationFilter : IOperationFilter
    {
        private static void DescribeResponseHeaders(OpenApiOperation operation, OperationFilterContext context)
        {
            foreach (var answer in context.ApiDescription.SupportedResponseTypes)
            {
                if (operation.Responses?.GetValueOrDefault(answer.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)) is not OpenApiResponse response)
                {
                    continue;
                }

                if (answer.Type is { } type && typeof(IHasVersion).IsAssignableFrom(type))
                {
                    response.Headers ??= new Dictionary<string, IOpenApiHeader>();
                    response.Headers["ETag"] = Header("The answer's version; send it back in If-Match to change the record only as read.");
                    if (context.ApiDescription.HttpMethod == HttpMethods.Get)
                    {
                        DescribeConditionalGet(operation);
                    }
                }

                if (answer.StatusCode == StatusCodes.Status201Created)
                {
                    response.Headers ??= new Dictionary<string, IOpenApiHeader>();
                    response.Headers["Location"] = Header("Where the created record is read.");
                }
            }

            var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
            operation.Responses ??= [];
            foreach (var (status, why) in new[] { ("429", "Too many requests from this caller; wait as Retry-After says."), ("503", "The database is unavailable; retry after Retry-After seconds.") })
            {
                operation.Responses[status] = new OpenApiResponse
                {
                    Description = why,
                    Headers = new Dictionary<string, IOpenApiHeader> { ["Retry-After"] = Header("Seconds to wait before retrying.") },
                    Content = new Dictionary<string, IOpenApiMediaType> { ["application/problem+json"] = new OpenApiMediaType { Schema = problem } },
                };
            }
        }

        private static void DescribeConditionalGet(OpenApiOperation operation)
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-None-Match",
                In = ParameterLocation.Header,
                Required = false,
                Description = "The ETag of the copy the client holds; when it is still current the answer is 304 with no body.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
            operation.Responses!["304"] = new OpenApiResponse
            {
                Description = "The client's copy (If-None-Match) is current.",
                Headers = new Dictionary<string, IOpenApiHeader> { ["ETag"] = Header("The current version.") },
            };
        }

        private static OpenApiHeader Header(string description) =>
            new() { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };

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

            DescribeResponseHeaders(operation, context);
            if (metadata.OfType<CsvExportMetadata>().Any() && operation.Responses?.GetValueOrDefault("200") is OpenApiResponse ok)
            {
                ok.Content ??= new Dictionary<string, IOpenApiMediaType>();
                ok.Content[CsvExport.ContentType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The report as CSV (UTF-8 with a BOM), asked for with Accept: text/csv." } };
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

    /// <summary>Tags with what they group, the servers, and the problem responses every operation can give.</summary>
    private sealed class DocumentInfoFilter : IDocumentFilter
    {
        public void Apply(OpenApiDocument document, DocumentFilterContext context)
        {
            // Relative: the contract is served by the API it describes, wherever that runs.
            document.Servers = [new OpenApiServer { Url = "/", Description = "The instance serving this document" }];
            var used = document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []).SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => t.Name).ToHashSet();
            document.Tags = TagDescriptions.Where(t => used.Contains(t.Key)).Select(t => new OpenApiTag { Name = t.Key, Description = t.Value }).ToHashSet();
        }
    }

    /// <summary>
    /// An operation's description is the XML doc of the message it sends (the command or query named as
    /// the operation), so the contract says what the code's documentation says; without one, its summary.
    /// </summary>
    private sealed partial class DescriptionFromMessageDocsFilter : IOperationFilter
    {
        private static readonly Lazy<Dictionary<string, string>> Summaries = new(Read);

        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            operation.Description ??= operation.OperationId is { } id && Summaries.Value.TryGetValue(id, out var summary) ? summary : operation.Summary;
        }

        private static Dictionary<string, string> Read()
        {
            var path = Path.Combine(AppContext.BaseDirectory, "AfterSales.Application.xml");
            if (!File.Exists(path))
            {
                return [];
            }

            return XDocument.Load(path).Descendants("member")
                .Select(m => (Name: (string?)m.Attribute("name") ?? string.Empty, Summary: m.Element("summary")))
                .Where(m => m.Name.StartsWith("T:", StringComparison.Ordinal) && m.Summary is not null)
                .GroupBy(m => m.Name[(m.Name.LastIndexOf('.') + 1)..])
                .Where(g => g.Count() == 1)
                .ToDictionary(g => g.Key, g => Text(g.Single().Summary!));
        }

        /// <summary>The summary as plain text: references by their names, code as written, one line.</summary>
        private static string Text(XElement summary)
        {
            foreach (var reference in summary.Descendants().Where(e => e.Name == "see" || e.Name == "paramref" || e.Name == "typeparamref").ToList())
            {
                var target = (string?)reference.Attribute("cref") ?? (string?)reference.Attribute("name") ?? string.Empty;
                reference.ReplaceWith(target[(target.LastIndexOfAny([':', '.']) + 1)..]);
            }

            return Whitespace().Replace(string.Concat(summary.Nodes().Select(n => n is XElement e ? e.Value : n.ToString())), " ").Trim();
        }

        [GeneratedRegex(@"\s+")]
        private static partial Regex Whitespace();
    }
}
