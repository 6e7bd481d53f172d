using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AfterSales.Api.Infrastructure;

/// <summary>
/// An example for every request body, so Swagger UI's "Try it out" starts from a body that passes
/// validation: the required fields, filled from their names and types, ids naming the demo data a
/// Development instance seeds (the Taipei Service Center, its technician, an out-of-warranty customer
/// and product), and the same for the parameters whose value can be known. Built from the finished
/// document, so every schema a body refers to is known.
/// </summary>
internal sealed class RequestExamples : IDocumentFilter
{
    private const string DemoUnit = "01930000-0000-7000-8000-000000000001";
    private const string DemoTechnician = "01930000-0000-7000-8001-000000000002";

    private static readonly Dictionary<string, JsonNode> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["customerId"] = "01930000-0000-7000-9001-000000000002",
        ["certificateId"] = "01930000-0000-7000-a001-000000000002",
        ["certificateIds"] = new JsonArray("01930000-0000-7000-a001-000000000002"),
        ["technicianId"] = DemoTechnician,
        ["staffId"] = DemoTechnician,
        ["unitId"] = DemoUnit,
        ["channel"] = "Phone",
        ["zone"] = "Urban",
        ["currency"] = "TWD",
        ["amount"] = 1200,
        ["hours"] = 1.5,
        ["workHours"] = 1.5,
        ["quantity"] = 1,
        ["months"] = 60,
        ["passed"] = true,
        ["problem"] = "No cooling",
        ["reason"] = "Keyed in by mistake",
        ["note"] = "Checked with the customer",
        ["notes"] = "Apologised and explained the repair",
        ["words"] = "Nobody called back.",
        ["content"] = "We apologise for the delay.",
        ["description"] = "Replaced the drive belt",
        ["actions"] = "Explained the waiting list",
        ["partNumber"] = "BELT-300",
        ["invoiceNumber"] = "AB-12345678",
        ["signerName"] = "Wang Chih-ming",
        ["name"] = "Chen Ya-ting",
        ["address"] = "88 Minsheng E. Rd, Taipei",
        ["telephone"] = "02-2711-0001",
        ["productModel"] = "AC-900",
        ["serialNumber"] = "AC900-1-0002",
        ["code"] = "KHH",
        ["month"] = "2026-11",
        ["timeZone"] = "Asia/Taipei",
        ["day"] = "Monday",
        ["start"] = "08:30",
        ["end"] = "17:30",
        ["startsOn"] = "2026-12-01",
        ["endsOn"] = "2027-11-30",
        ["source"] = "Telephone",
        ["urbanSlaHours"] = 6,
        ["suburbanSlaHours"] = 7,
        ["onTimeRatePercent"] = 90,
        ["satisfactionPercent"] = 85,
        ["complaintRatePercent"] = 3,
    };

    /// <summary>
    /// Where one body needs a field otherwise: a unit's name is not a person's, and an optional field
    /// some bodies need by rule is shown there.
    /// </summary>
    private static readonly Dictionary<string, JsonNode> ByBodyAndName = new(StringComparer.Ordinal)
    {
        ["CreateUnit.name"] = "Kaohsiung Branch Service Group",
        ["CreateUnit.kind"] = "Branch",

        // A complaint names the customer or the call; the demo customer is known, a call is not yet.
        ["OpenBody.customerId"] = "01930000-0000-7000-9001-000000000002",

        // Only a refusal is keyed in for a notice (a renewal settles it by itself).
        ["OutcomeBody.outcome"] = "Declined",
        ["OutcomeBody.reason"] = "Replacing the unit next year",
        ["CustomerCorrectionBody.address"] = "90 Minsheng E. Rd, Taipei",

        // A closure starts today or later and ends after it starts; an early end falls inside it.
        ["ClosureBody.from"] = "2030-01-07T09:00:00+08:00",
        ["ClosureBody.to"] = "2030-01-07T17:30:00+08:00",
        ["DeclareClosure.from"] = "2030-01-07T09:00:00+08:00",
        ["DeclareClosure.to"] = "2030-01-07T17:30:00+08:00",
        ["EndClosureBody.at"] = "2030-01-07T12:00:00+08:00",

        // A consumer's endpoint and a shared secret long enough to sign with.
        ["CreateWebhookSubscription.url"] = "https://hooks.example.com/aftersales",
        ["CreateWebhookSubscription.secret"] = "replace-with-a-long-random-secret",
        ["CreateWebhookSubscription.eventTypes"] = new JsonArray("CallRegistered", "Arrived", "InvoiceRequestRaised"),
    };

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var schemas = document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            if (operation.RequestBody?.Content?.TryGetValue("application/json", out var body) == true && body is OpenApiMediaType media && media.Schema is { } schema)
            {
                media.Example = ExampleOf(null, schema, schemas, depth: 0, body: (schema as OpenApiSchemaReference)?.Reference.Id);
            }

            // Parameters too, where a value is known (the demo unit, a zone) or any value of the type
            // works (a date, an instant, a kind); the id of a call or card is the caller's to give.
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            {
                if (parameter is { Example: null, Schema: { } parameterSchema, Name: { } parameterName }
                    && (ByName.ContainsKey(parameterName) || (parameter.Required && (parameterSchema.Format is "date" or "date-time" || parameterSchema.Enum is { Count: > 0 }))))
                {
                    parameter.Example = ExampleOf(parameterName, parameterSchema, schemas, depth: 0);
                }
            }
        }
    }

    private static JsonNode? ExampleOf(string? name, IOpenApiSchema schema, IDictionary<string, IOpenApiSchema> schemas, int depth, string? body = null)
    {
        if (schema is OpenApiSchemaReference reference && reference.Reference.Id is { } id && schemas.TryGetValue(id, out var target))
        {
            schema = target;
        }

        var type = schema.Type ?? JsonSchemaType.Object;
        if (name is not null && (ByName.TryGetValue(name, out var known) || (body is not null && ByBodyAndName.TryGetValue($"{body}.{name}", out known))) && Fits(known, type) && (schema.Enum is not { Count: > 0 } values || values.Any(v => JsonNode.DeepEquals(v, known))))
        {
            return known.DeepClone();
        }

        if (schema.Enum is { Count: > 0 } choices)
        {
            return choices[0]?.DeepClone();
        }

        if (type.HasFlag(JsonSchemaType.Array))
        {
            return schema.Items is { } items && depth < 6 ? new JsonArray(ExampleOf(Singular(name), items, schemas, depth + 1)) : new JsonArray();
        }

        if (type.HasFlag(JsonSchemaType.Object) && schema.Properties is { } properties)
        {
            var example = new JsonObject();
            // The required fields; a body whose fields are all optional shows them all.
            var shown = schema.Required is { Count: > 0 } required
                ? properties.Where(p => required.Contains(p.Key) || (body is not null && ByBodyAndName.ContainsKey($"{body}.{p.Key}")))
                : properties;
            foreach (var (property, propertySchema) in shown.Where(_ => depth < 6))
            {
                example[property] = body is not null && ByBodyAndName.TryGetValue($"{body}.{property}", out var special)
                    ? special.DeepClone()
                    : ExampleOf(property, propertySchema, schemas, depth + 1);
            }

            return example;
        }

        return (type, schema.Format) switch
        {
            (_, "uuid") => DemoUnit,
            (_, "date") => "2026-11-27",
            (_, "date-time") => "2026-11-27T10:00:00+08:00",
            (_, "time") => "09:00:00",
            _ when type.HasFlag(JsonSchemaType.Boolean) => false,
            _ when type.HasFlag(JsonSchemaType.Integer) => 1,
            _ when type.HasFlag(JsonSchemaType.Number) => 1,
            _ => "text",
        };
    }

    /// <summary>A known value is used only where the field has its kind: <c>hours</c> of work is a number, a day's hours a list.</summary>
    private static bool Fits(JsonNode value, JsonSchemaType type) => value.GetValueKind() switch
    {
        System.Text.Json.JsonValueKind.Array => type.HasFlag(JsonSchemaType.Array),
        System.Text.Json.JsonValueKind.Number => type.HasFlag(JsonSchemaType.Number) || type.HasFlag(JsonSchemaType.Integer),
        System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => type.HasFlag(JsonSchemaType.Boolean),
        _ => type.HasFlag(JsonSchemaType.String),
    };

    private static string? Singular(string? name) => name is { Length: > 1 } && name.EndsWith('s') ? name[..^1] : name;
}
