using System.Text.Json;
using System.Text.Json.Nodes;

namespace AfterSales.Api.Tests;

/// <summary>
/// The committed contract (api-specs/openapi.json) is what the API serves. To accept a change:
/// UPDATE_OPENAPI=1 dotnet test AfterSales.sln --filter OpenApiContractTests
/// </summary>
public class OpenApiContractTests
{
    private static string SpecPath()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AfterSales.sln")))
            {
                return Path.Combine(dir.FullName, "api-specs", "openapi.json");
            }
        }

        throw new InvalidOperationException("AfterSales.sln not found above the test directory.");
    }

    private static async Task<JsonNode> ServedAsync()
    {
        using var client = ApiTestRun.Api.CreateClient();
        return JsonNode.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"))!;
    }

    [Test]
    public async Task Served_document_matches_the_committed_contract()
    {
        var served = (await ServedAsync()).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        var path = SpecPath();
        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, served);
        }

        var committed = File.Exists(path) ? (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n") : "(missing)";
        served.Should().Be(committed, "api-specs/openapi.json must be regenerated when the API changes (see README)");
    }

    [Test]
    public async Task Every_operation_has_an_id_a_summary_and_problem_responses()
    {
        var paths = (await ServedAsync())["paths"]!.AsObject();

        foreach (var (path, item) in paths)
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                operation!["operationId"]?.GetValue<string>().Should().NotBeNullOrEmpty($"{method} {path} needs an operationId");
                operation["summary"]?.GetValue<string>().Should().NotBeNullOrEmpty($"{method} {path} needs a summary");
                if (!path.StartsWith("/health", StringComparison.Ordinal))
                {
                    operation["responses"]!.AsObject().Select(r => r.Key).Should().Contain(k => k.StartsWith('4'), $"{method} {path} documents its problems");
                }
            }
        }
    }

    [Test]
    public async Task Bearer_scheme_is_declared()
    {
        var document = await ServedAsync();

        document["components"]!["securitySchemes"]!["Bearer"]!["scheme"]!.GetValue<string>().Should().Be("bearer");
    }
}
