using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using AfterSales.Domain.Common;

namespace AfterSales.Api.Tests.Support;

/// <summary>Base of the API tests: a clean database per test and clients that carry real tokens.</summary>
public abstract class ApiTest
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    protected static TestDatabase Db => ApiTestRun.Database;

    [SetUp]
    public async Task ResetDatabaseAsync() => await Db.ResetAsync();

    protected static HttpClient Anonymous() => ApiTestRun.Api.CreateClient();

    /// <summary>A client whose token is issued by the Development token route, as a person would get one.</summary>
    protected static async Task<HttpClient> ClientAsAsync(Role role, Guid? unitId = null, bool allUnits = false)
    {
        var token = await TokenAsync(new { role, unitId, allUnits });
        return WithToken(token);
    }

    protected static async Task<HttpClient> ClientForStaffAsync(Guid staffId) => await ApiClients.ForStaffAsync(staffId);

    protected static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return JsonSerializer.Deserialize<T>(body, Json) ?? throw new AssertionException($"Empty body: {body}");
    }

    protected static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, body);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>The problem type of a refusal with the given status, such as <c>/problems/rules/&lt;Rule&gt;</c>.</summary>
    protected static async Task<string> RuleAsync(Task<HttpResponseMessage> call, HttpStatusCode expected) =>
        (await ProblemAsync(await call, expected)).GetProperty("type").GetString()!;

    protected static async Task<HttpResponseMessage> ExpectAsync(Task<HttpResponseMessage> call, HttpStatusCode expected)
    {
        var response = await call;
        if (response.StatusCode != expected)
        {
            Assert.Fail($"Expected {(int)expected}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return response;
    }

    internal static async Task<string> TokenAsync(object request)
    {
        using var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/dev/tokens", request, Json);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        return body.GetProperty("accessToken").GetString()!;
    }

    internal static HttpClient WithToken(string token)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

internal static class ApiClients
{
    public static async Task<HttpClient> ForStaffAsync(Guid staffId) => ApiTest.WithToken(await ApiTest.TokenAsync(new { staffId }));
}
