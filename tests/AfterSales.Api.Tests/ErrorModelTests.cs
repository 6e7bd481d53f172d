using System.Net;
using System.Net.Http.Json;
using System.Text;
using AfterSales.Api.Tests.Support;
using AfterSales.Domain.Common;

namespace AfterSales.Api.Tests;

/// <summary>Bad input gets a 400/422 problem with the reason, changes nothing, and is never a 500.</summary>
public class ErrorModelTests : ApiTest
{
    [Test]
    public async Task Failed_validation_is_400_with_errors_per_field_and_creates_nothing()
    {
        using var admin = await ClientAsAsync(Role.Admin);

        var response = await admin.PostAsJsonAsync("/api/v1/units", new { name = "", code = "lower case", kind = "Center" }, Json);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("type").GetString().Should().Be("/problems/validation");
        var errors = problem.GetProperty("errors");
        errors.TryGetProperty("name", out _).Should().BeTrue();
        errors.TryGetProperty("code", out _).Should().BeTrue();
        (await Db.CountAsync("SELECT count(*) FROM service_units")).Should().Be(0);
    }

    [Test]
    public async Task Malformed_json_is_400_not_500()
    {
        using var admin = await ClientAsAsync(Role.Admin);

        var response = await admin.PostAsync("/api/v1/units", new StringContent("{\"name\": \"x\", ", Encoding.UTF8, "application/json"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("type").GetString().Should().Be("/problems/bad-request");
    }

    [Test]
    public async Task Unknown_enum_value_is_400()
    {
        using var admin = await ClientAsAsync(Role.Admin);

        var response = await admin.PostAsJsonAsync("/api/v1/units", new { name = "x", code = "ABC", kind = "Spaceport" }, Json);

        await ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Wrong_type_in_the_query_string_is_400()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        var unit = await admin.CreateUnitAsync("TPE");

        var response = await admin.GetAsync($"/api/v1/units/{unit.Id}/dispatch-deadline?receivedAt=yesterday&zone=Urban");

        await ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Calendar_with_bad_times_is_400_naming_the_field_and_changes_nothing()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        var unit = await admin.CreateUnitAsync("TPE");
        var before = await Db.ScalarAsync<string>("SELECT calendar::text FROM service_units");

        var response = await admin.PutAsJsonAsync(
            $"/api/v1/units/{unit.Id}/calendar",
            new { timeZone = "Asia/Taipei", weeklyHours = new[] { new { day = "Monday", hours = new[] { new { start = "25:00", end = "12:00" } } } } },
            Json);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Contain(n => n.EndsWith("start", StringComparison.Ordinal));
        (await Db.ScalarAsync<string>("SELECT calendar::text FROM service_units")).Should().Be(before);
    }

    [Test]
    public async Task Calendar_broken_by_a_business_rule_is_422_named_after_the_rule()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        var unit = await admin.CreateUnitAsync("TPE");

        var response = await admin.PutAsJsonAsync(
            $"/api/v1/units/{unit.Id}/calendar",
            new
            {
                timeZone = "Asia/Taipei",
                weeklyHours = new[] { new { day = "Monday", hours = new[] { new { start = "08:00", end = "12:00" }, new { start = "11:00", end = "17:00" } } } },
            },
            Json);

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("type").GetString().Should().Be("/problems/rules/WorkingIntervalsMustNotOverlap");
    }

    [Test]
    public async Task Unknown_time_zone_is_422()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        var unit = await admin.CreateUnitAsync("TPE");

        var response = await admin.PutAsJsonAsync($"/api/v1/units/{unit.Id}/calendar", Builders.OfficeCalendar("Asia/Atlantis"), Json);

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("type").GetString().Should().Be("/problems/rules/CalendarTimeZoneMustBeKnown");
    }

    [Test]
    public async Task Duplicate_unit_code_is_409()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        await admin.CreateUnitAsync("TPE");

        var response = await admin.PostAsJsonAsync("/api/v1/units", new { name = "Again", code = "TPE", kind = "Branch" }, Json);

        await ProblemAsync(response, HttpStatusCode.Conflict);
        (await Db.CountAsync("SELECT count(*) FROM service_units")).Should().Be(1);
    }

    [Test]
    public async Task Cursor_that_was_not_given_out_is_400()
    {
        using var admin = await ClientAsAsync(Role.Admin);

        var response = await admin.GetAsync("/api/v1/units?cursor=not-a-cursor!");

        await ProblemAsync(response, HttpStatusCode.BadRequest);
    }
}
