using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Support;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Units;
using AfterSales.Domain.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Api.Tests;

/// <summary>
/// PostgreSQL stops under a running API: reads and writes answer 503 problems with Retry-After and
/// readiness turns unhealthy; when it is back, the same API process recovers by itself (its pooled
/// connections died with the server) and every acknowledged write is still there.
/// </summary>
[Category("Hostile")]
[NonParallelizable]
public class OutageTests : ApiTest
{
    [Test]
    public async Task While_the_database_is_down_every_request_is_a_503_problem_and_afterwards_nothing_acknowledged_is_lost()
    {
        if (!Db.CanBeStopped)
        {
            Assert.Ignore("The tests run against an external database (AFTERSALES_TEST_DB), which they may not stop.");
        }

        using var admin = await ClientAsAsync(Role.Admin);
        var acknowledged = new List<UnitDto>();
        foreach (var code in new[] { "TPE", "TXG", "KHH" })
        {
            acknowledged.Add(await admin.CreateUnitAsync(code));
        }

        await ExpectAsync(admin.GetAsync("/health/ready"), HttpStatusCode.OK);
        await Db.StopServerAsync();
        try
        {
            foreach (var attempt in new Func<Task<HttpResponseMessage>>[]
                     {
                         () => admin.GetAsync("/api/v1/units"),
                         () => admin.GetAsync($"/api/v1/units/{acknowledged[0].Id}"),
                         () => admin.PostAsJsonAsync("/api/v1/units", new { name = "Lost?", code = "TNN", kind = "Branch" }, Json),
                         () => admin.PutAsJsonAsync($"/api/v1/units/{acknowledged[0].Id}/calendar", Builders.OfficeCalendar(), Json),
                     })
            {
                var response = await attempt();
                var problem = await ProblemAsync(response, HttpStatusCode.ServiceUnavailable);
                problem.GetProperty("type").GetString().Should().Be("/problems/database-unavailable");
                response.Headers.RetryAfter.Should().NotBeNull();
            }

            // A 404 looks for a destroyed record's tombstone (A2) in the database; down, that look-up is answered 503, not 500.
            using (var scope = ApiTestRun.Api.Services.CreateScope())
            {
                var translator = ApiTestRun.Api.Services.GetServices<Microsoft.AspNetCore.Diagnostics.IExceptionHandler>().OfType<AfterSales.Api.Infrastructure.ProblemDetailsExceptionHandler>().Single();
                var http = new Microsoft.AspNetCore.Http.DefaultHttpContext { RequestServices = scope.ServiceProvider };
                http.Response.Body = new MemoryStream();
                await translator.TryHandleAsync(http, new AfterSales.Application.Common.Exceptions.NotFoundException("RepairCall", Guid.NewGuid()), CancellationToken.None);
                http.Response.StatusCode.Should().Be(StatusCodes.Status503ServiceUnavailable);
            }

            await ExpectAsync(admin.GetAsync("/health/ready"), HttpStatusCode.ServiceUnavailable);
            await ExpectAsync(admin.GetAsync("/health/live"), HttpStatusCode.OK);
        }
        finally
        {
            await Db.RestartServerAsync();
        }

        // The same API process, no restart: the first requests meet dead pooled connections and retry.
        var units = await ReadAsync<Page<UnitDto>>(await ExpectAsync(admin.GetAsync("/api/v1/units"), HttpStatusCode.OK));
        units.Items.Select(u => u.Id).Should().BeEquivalentTo(acknowledged.Select(u => u.Id), "every acknowledged write survives and the refused one never happened");
        await ExpectAsync(admin.PostAsJsonAsync("/api/v1/units", new { name = "After", code = "TNN", kind = "Branch" }, Json), HttpStatusCode.Created);
        await ExpectAsync(admin.GetAsync("/health/ready"), HttpStatusCode.OK);
        (await Db.CountAsync("SELECT count(*) FROM service_units")).Should().Be(4);

        // A quick restart between two requests: every pooled connection now holds PostgreSQL's
        // "terminating connection" (57P01), which the next command must retry past, not report.
        await Db.StopServerAsync();
        await Db.RestartServerAsync();
        await ExpectAsync(admin.PostAsJsonAsync("/api/v1/units", new { name = "Quick", code = "HSZ", kind = "Branch" }, Json), HttpStatusCode.Created);
        await ExpectAsync(admin.GetAsync($"/api/v1/units/{acknowledged[1].Id}"), HttpStatusCode.OK);
        (await Db.CountAsync("SELECT count(*) FROM service_units")).Should().Be(5);
    }
}
