using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using AfterSales.Api.Tests.Support;
using AfterSales.Domain.Common;

namespace AfterSales.Api.Tests;

/// <summary>
/// For every operation of the committed contract, called by a role allowed to call it against real
/// records: malformed and hostile bodies, parameters and headers never get a 5xx, every 4xx is an
/// RFC 9457 problem, and nothing in the database changes. Each hostile input is invalid by
/// construction (a NUL, a wrong type, a null where the schema forbids one, a date outside any
/// register, an oversized list), so a command that accepts one is a defect too.
/// </summary>
[Category("Hostile")]
public class ContractFuzzTests : ApiTest
{
    private static readonly string Huge = new('x', 5000);

    public static IEnumerable<TestCaseData> Operations() =>
        Contract.Operations().Select(o => new TestCaseData(o).SetName($"Hostile_input_to_{o.OperationId}_is_a_4xx_problem_and_changes_nothing"));

    [TestCaseSource(nameof(Operations))]
    public async Task Hostile_input_is_a_4xx_problem_and_changes_nothing(ContractOperation operation)
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var records = await RecordWorld.CreateAsync(admin, "TPE");
        var roles = Contract.RolesFor(operation);
        var client = roles is null ? Anonymous() : records.ClientFor(roles.Count == 0 ? Role.Clerk : roles[0]);
        var before = await Db.FingerprintAsync();
        var failures = new List<string>();

        foreach (var (what, request) in HostileRequests(operation, records))
        {
            using (request)
            {
                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                // A command that accepts a hostile input is a defect; the anonymous token route changes nothing either way.
                if (status >= 500 || (status >= 400 && !RecordWorld.IsProblem(response, body)) || (operation.IsCommand && roles is not null && status < 400))
                {
                    failures.Add($"{what}: {RecordWorld.Describe(response, body)}");
                }
            }
        }

        failures.Should().BeEmpty();
        (await Db.FingerprintAsync()).Should().Be(before, "no hostile request may change anything");
    }

    private static IEnumerable<(string What, HttpRequestMessage Request)> HostileRequests(ContractOperation operation, RecordWorld records)
    {
        var path = records.PathOf(operation);
        var schema = operation.BodySchema;
        var validBody = schema is null ? null : Sample(Contract.Resolve(schema), records, 0);

        // The body: each field in turn made hostile, then the whole body.
        if (schema is not null)
        {
            foreach (var (field, hostile) in BodyMutations(Contract.Resolve(schema), validBody!, records))
            {
                yield return ($"body {field}", Request(operation.Method, path, hostile));
            }

            foreach (var (what, raw) in new[]
                     {
                         ("body null", "null"), ("body array", "[]"), ("body string", "\"x\""), ("body truncated", "{\"a\":"),
                         ("body with a NUL key", "{\"\\u0000\":1}"), ("body oversized", $"{{\"x\":\"{new string('x', 1_100_000)}\"}}"),
                     })
            {
                yield return (what, RawRequest(operation.Method, path, raw, "application/json"));
            }

            yield return ("body as text/plain", RawRequest(operation.Method, path, "hello", "text/plain"));
        }

        // Query parameters, one at a time; the others as a client would leave them.
        foreach (var parameter in operation.Parameters("query"))
        {
            var name = (string)parameter["name"]!;
            foreach (var value in HostileQueryValues(Contract.Resolve((JsonObject)parameter["schema"]!), name))
            {
                yield return ($"query {name}={value}", Request(operation.Method, $"{path}?{name}={value}", validBody is null ? null : Broken(validBody)));
            }
        }

        // Path parameters: ids that are no ids, ids of nothing, text the router must not choke on. (A NUL
        // in the path never reaches the application: Kestrel refuses the request line itself.)
        foreach (var parameter in operation.Parameters("path"))
        {
            var name = (string)parameter["name"]!;
            foreach (var value in new[] { "not-an-id", Guid.NewGuid().ToString(), "%01", "%E2%80%AE", new string('9', 300), "..%2F..%2Fetc" })
            {
                var hostilePath = operation.Path.Replace("{" + name + "}", value, StringComparison.Ordinal);
                hostilePath = records.PathValues.Aggregate(hostilePath, (p, v) => p.Replace("{" + v.Key + "}", v.Value, StringComparison.Ordinal));
                yield return ($"path {name}={value}", Request(operation.Method, hostilePath, validBody is null ? null : Broken(validBody)));
            }
        }

        // Headers, with a body that must still be refused.
        if (operation.IsCommand)
        {
            var withLongKey = Request(operation.Method, path, validBody is null ? null : Broken(validBody));
            withLongKey.Headers.TryAddWithoutValidation("Idempotency-Key", new string('k', 300));
            yield return ("Idempotency-Key of 300 characters", withLongKey);

            var withControlKey = Request(operation.Method, path, validBody is null ? null : Broken(validBody));
            withControlKey.Headers.TryAddWithoutValidation("Idempotency-Key", "key\u0001bell");
            yield return ("Idempotency-Key with a control character", withControlKey);
        }

        if (operation.Parameters("header").Any(p => (string?)p["name"] == "If-Match") && operation.Parameters("path").Any())
        {
            foreach (var tag in new[] { "\"not-a-version\"", "W/\"999999999999\"", "\"-1\"" })
            {
                var stale = Request(operation.Method, path, validBody?.DeepClone());
                stale.Headers.TryAddWithoutValidation("If-Match", tag);
                yield return ($"If-Match {tag}", stale);
            }
        }

        var badToken = Request(operation.Method, path, validBody?.DeepClone());
        badToken.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not.a.token");
        yield return ("a forged token", badToken);
    }

    /// <summary>A body no command may accept: its first text field carries a NUL (or, without text, a wrong type).</summary>
    private static JsonNode Broken(JsonNode valid)
    {
        var copy = valid.DeepClone();
        if (copy is JsonObject obj)
        {
            var text = obj.FirstOrDefault(p => p.Value is JsonValue v && v.TryGetValue<string>(out _));
            if (text.Key is not null)
            {
                obj[text.Key] = "broken\u0000";
                return copy;
            }

            obj["__broken"] = true;
            var first = obj.First(p => p.Key != "__broken").Key;
            obj[first] = new JsonArray(new JsonArray());
            obj.Remove("__broken");
            return copy;
        }

        return JsonValue.Create("broken\u0000")!;
    }

    private static IEnumerable<(string Field, JsonNode Body)> BodyMutations(JsonObject schema, JsonNode valid, RecordWorld records)
    {
        foreach (var (fieldPath, leafSchema, nullable) in Leaves(schema, string.Empty, false))
        {
            foreach (var hostile in HostileValues(leafSchema, nullable, records))
            {
                var body = valid.DeepClone();
                if (Set(body, fieldPath, hostile?.DeepClone()))
                {
                    yield return ($"{fieldPath}={Show(hostile)}", body);
                }
            }
        }
    }

    private static string Show(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length > 40 ? text[..40] + "…" : text;
    }

    /// <summary>Every field of the schema, nested objects and the first item of arrays included.</summary>
    private static IEnumerable<(string Path, JsonObject Schema, bool Nullable)> Leaves(JsonObject schema, string path, bool nullable)
    {
        if (path.Length > 0)
        {
            yield return (path, schema, nullable);
        }

        var resolved = Contract.Resolve(schema);
        if (resolved["properties"] is JsonObject properties && path.Split('.').Length < 5)
        {
            foreach (var (name, property) in properties)
            {
                var propertySchema = (JsonObject)property!;
                var isNullable = (bool?)propertySchema["nullable"] == true;
                foreach (var leaf in Leaves(propertySchema, path.Length == 0 ? name : $"{path}.{name}", isNullable))
                {
                    yield return leaf;
                }
            }
        }
        else if ((string?)resolved["type"] == "array" && resolved["items"] is JsonObject items && path.Split('.').Length < 5)
        {
            foreach (var leaf in Leaves(items, $"{path}.0", false))
            {
                yield return leaf;
            }
        }
    }

    private static IEnumerable<JsonNode?> HostileValues(JsonObject schema, bool nullable, RecordWorld records)
    {
        var resolved = Contract.Resolve(schema);
        if (!nullable)
        {
            yield return null;
        }

        if (resolved["enum"] is JsonArray)
        {
            yield return "Spaceport";
            yield return 7;
            yield return "Registered\u0000";
            yield break;
        }

        switch ((string?)resolved["type"], (string?)resolved["format"])
        {
            case ("string", "uuid"):
                yield return "not-a-uuid";
                yield return 12345;
                break;
            case ("string", "date"):
                yield return "0001-01-01";
                yield return "9999-12-31";
                yield return "2026-02-30";
                yield return 20261120;
                break;
            case ("string", "date-time"):
                yield return "0001-01-01T00:00:00Z";
                yield return "9999-12-31T23:59:59Z";
                yield return "1899-12-31T23:59:59+08:00";
                yield return "yesterday";
                break;
            case ("string", _):
                yield return "NUL\u0000inside";
                yield return "bell\u0007";
                yield return Huge;
                yield return 12345;
                yield return new JsonObject();
                break;
            case ("number", _):
                yield return JsonNode.Parse("1e30");
                yield return JsonNode.Parse("-1e30");
                yield return JsonNode.Parse("0.0000000000000000000000000001");
                yield return "12";
                yield return true;
                break;
            case ("integer", _):
                yield return JsonNode.Parse("1e20");
                yield return -2147483649L;
                yield return 1.5;
                yield return "12";
                break;
            case ("boolean", _):
                yield return "yes";
                yield return 2;
                break;
            case ("array", _):
                yield return new JsonArray((JsonNode?)null);
                yield return new JsonArray(Enumerable.Range(0, 201).Select(_ => Sample(Contract.Resolve((JsonObject)resolved["items"]!), records, 1)).ToArray());
                yield return "not a list";
                break;
            case ("object", _):
                yield return "not an object";
                yield return new JsonArray();
                break;
        }
    }

    private static IEnumerable<string> HostileQueryValues(JsonObject schema, string name)
    {
        yield return "%00";
        yield return "a%07b";
        yield return new string('x', 5000);
        if (schema["enum"] is JsonArray)
        {
            yield return "Spaceport";
            yield return "7";
            yield break;
        }

        switch ((string?)schema["type"], (string?)schema["format"])
        {
            case ("string", "uuid"):
                yield return "zzz";
                yield return Guid.Empty.ToString();
                break;
            case ("string", "date"):
                yield return "0001-01-01";
                yield return "9999-12-31";
                yield return "31-12-2026";
                break;
            case ("string", "date-time"):
                yield return "0001-01-01T00:00:00Z";
                yield return "9999-12-31T23:59:59Z";
                yield return "yesterday";
                break;
            case ("integer", _):
                yield return "-1";
                yield return "0";
                yield return "99999999999";
                yield return "1e3";
                break;
            case ("boolean", _):
                yield return "maybe";
                break;
            case ("string", _) when name == "cursor":
                yield return "!!!";
                yield return "AAAA";
                yield return Convert.ToBase64String(new byte[64]);
                break;
        }
    }

    /// <summary>A body of the schema's shape with plausible values (ids of this unit's records).</summary>
    private static JsonNode? Sample(JsonObject schema, RecordWorld records, int depth)
    {
        var resolved = Contract.Resolve(schema);
        if (resolved["enum"] is JsonArray values)
        {
            return values[0]!.DeepClone();
        }

        switch ((string?)resolved["type"], (string?)resolved["format"])
        {
            case ("object", _) or (null, _) when resolved["properties"] is JsonObject properties:
                var obj = new JsonObject();
                foreach (var (name, property) in properties)
                {
                    obj[name] = depth < 5 ? Sample((JsonObject)property!, records, depth + 1) : null;
                }

                return obj;
            case ("array", _):
                return new JsonArray(Sample(Contract.Resolve((JsonObject)resolved["items"]!), records, depth + 1));
            case ("string", "uuid"):
                return records.World.TechnicianId.ToString();
            case ("string", "date"):
                return "2026-11-23";
            case ("string", "date-time"):
                return "2026-11-23T10:00:00+08:00";
            case ("string", _):
                return "Fuzz";
            case ("number", _) or ("integer", _):
                return 1;
            case ("boolean", _):
                return false;
            default:
                return null;
        }
    }

    private static bool Set(JsonNode body, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var node = body;
        foreach (var part in parts[..^1])
        {
            node = int.TryParse(part, out var index) ? (node as JsonArray)?[index] : (node as JsonObject)?[part];
            if (node is null)
            {
                return false;
            }
        }

        var last = parts[^1];
        switch (node)
        {
            case JsonArray array when int.TryParse(last, out var i) && i < array.Count:
                array[i] = value;
                return true;
            case JsonObject obj:
                obj[last] = value;
                return true;
            default:
                return false;
        }
    }

    private static HttpRequestMessage Request(string method, string path, JsonNode? body)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        return request;
    }

    private static HttpRequestMessage RawRequest(string method, string path, string body, string mediaType) =>
        new(new HttpMethod(method), path) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
}
