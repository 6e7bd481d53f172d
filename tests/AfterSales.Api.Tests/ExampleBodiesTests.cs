using System.Net;
using System.Text;
using AfterSales.Api.Tests.Support;
using AfterSales.Domain.Common;

namespace AfterSales.Api.Tests;

/// <summary>
/// Swagger UI's "Try it out" starts from the contract's example: every request body has one, and each,
/// sent by a role the operation allows to a real record, passes validation (it may still meet a rule or
/// a state, 409/422, as a real request would; never a 400).
/// </summary>
public class ExampleBodiesTests : ApiTest
{
    [Test]
    public async Task Every_request_body_has_an_example_that_passes_validation()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await RecordWorld.CreateAsync(admin, "TPE");
        var withBodies = Contract.Operations().Where(o => o.BodySchema is not null).ToList();
        var failures = new List<string>();

        foreach (var operation in withBodies)
        {
            var example = operation.Operation["requestBody"]!["content"]!["application/json"]!["example"];
            if (example is null)
            {
                failures.Add($"{operation}: no example");
                continue;
            }

            var role = Contract.RolesFor(operation) is { Count: > 0 } roles ? roles[0] : Role.Clerk;
            using var request = new HttpRequestMessage(new HttpMethod(operation.Method), world.PathOf(operation))
            {
                Content = new StringContent(example.ToJsonString(), Encoding.UTF8, "application/json"),
            };
            using var response = await world.ClientFor(role).SendAsync(request);
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                failures.Add($"{operation} as {role}: {await response.Content.ReadAsStringAsync()}");
            }
        }

        withBodies.Should().HaveCountGreaterThan(50);
        failures.Should().BeEmpty(string.Join("\n", failures));
    }
}
