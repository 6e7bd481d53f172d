using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AfterSales.Api.Tests.Support;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Staff;
using AfterSales.Application.Units;
using AfterSales.Application.Units.Queries.GetDispatchDeadline;
using AfterSales.Domain.Common;

namespace AfterSales.Api.Tests;

public class UnitsAndDeadlinesTests : ApiTest
{
    [Test]
    public async Task R19_clerk_is_told_a_Friday_afternoon_urban_call_is_due_Monday_after_lunch()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        var unit = await admin.CreateUnitAsync("TPE");
        using var clerk = await ClientAsAsync(Role.Clerk, unit.Id);

        var response = await ExpectAsync(
            clerk.GetAsync($"/api/v1/units/{unit.Id}/dispatch-deadline?receivedAt=2026-12-04T16:00:00%2B08:00&zone=Urban"),
            HttpStatusCode.OK);

        var deadline = await ReadAsync<DispatchDeadlineDto>(response);
        deadline.DueAt.Should().Be(DateTimeOffset.Parse("2026-12-07T14:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture));
        deadline.DueAt.Offset.Should().Be(TimeSpan.FromHours(8));
        deadline.SlaWorkingHours.Should().Be(6);
    }

    [Test]
    public async Task R19_holiday_set_on_the_calendar_moves_the_deadline()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        var unit = await admin.CreateUnitAsync("TPE");
        // A quote read before the change (and kept for the next quotes) must not outlive it.
        var before = await ReadAsync<DispatchDeadlineDto>(await admin.GetAsync($"/api/v1/units/{unit.Id}/dispatch-deadline?receivedAt=2026-12-04T16:00:00%2B08:00&zone=Suburban"));
        before.DueAt.Should().Be(DateTimeOffset.Parse("2026-12-07T15:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture));
        var calendar = JsonSerializer.SerializeToNode(Builders.OfficeCalendar(), Json)!;
        calendar["holidays"] = new System.Text.Json.Nodes.JsonArray("2026-12-07");
        await ExpectAsync(admin.PutAsJsonAsync($"/api/v1/units/{unit.Id}/calendar", calendar, Json), HttpStatusCode.OK);

        var response = await admin.GetAsync($"/api/v1/units/{unit.Id}/dispatch-deadline?receivedAt=2026-12-04T16:00:00%2B08:00&zone=Suburban");

        (await ReadAsync<DispatchDeadlineDto>(response)).DueAt
            .Should().Be(DateTimeOffset.Parse("2026-12-08T15:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Test]
    public async Task R19_a_call_registered_after_a_calendar_change_is_due_by_the_new_calendar()
    {
        // The unit's calendar is parsed once per text (ParsedDocuments): a changed calendar is read anew, and going back
        // to a calendar parsed before gives that calendar again.
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await ServiceUnitWorld.CreateAsync(admin, "TPE");
        var (customer, certificate) = await world.CustomerWithProductAsync();
        var mondayAfterLunch = DateTimeOffset.Parse("2026-11-23T14:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture);
        (await world.RegisterCallAsync(customer.Id, certificate.Id)).DispatchDeadline.Should().Be(mondayAfterLunch);

        var calendar = JsonSerializer.SerializeToNode(Builders.OfficeCalendar(), Json)!;
        calendar["holidays"] = new System.Text.Json.Nodes.JsonArray("2026-11-23");
        await ExpectAsync(admin.PutAsJsonAsync($"/api/v1/units/{world.Unit.Id}/calendar", calendar, Json), HttpStatusCode.OK);
        (await world.RegisterCallAsync(customer.Id, certificate.Id)).DispatchDeadline.Should().Be(mondayAfterLunch.AddDays(1));

        await ExpectAsync(admin.PutAsJsonAsync($"/api/v1/units/{world.Unit.Id}/calendar", Builders.OfficeCalendar(), Json), HttpStatusCode.OK);
        (await world.RegisterCallAsync(customer.Id, certificate.Id)).DispatchDeadline.Should().Be(mondayAfterLunch);
    }

    [Test]
    public async Task Policy_change_sets_the_SLA_hours_used_for_deadlines()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        var unit = await admin.CreateUnitAsync("TPE");
        var policy = new
        {
            urbanSlaHours = 4,
            suburbanSlaHours = 5,
            onSiteFeeThreshold = new { amount = 2500.5m, currency = "TWD" },
            labourRatePerHour = new { amount = 900, currency = "TWD" },
            targets = new { onTimeRatePercent = 92, satisfactionPercent = 94, complaintRatePercent = 2 },
        };
        await ExpectAsync(admin.GetAsync($"/api/v1/units/{unit.Id}/dispatch-deadline?receivedAt=2026-12-01T09:00:00%2B08:00&zone=Urban"), HttpStatusCode.OK);
        var updated = await ReadAsync<UnitDto>(await ExpectAsync(admin.PutAsJsonAsync($"/api/v1/units/{unit.Id}/policy", policy, Json), HttpStatusCode.OK));

        updated.Policy.OnSiteFeeThreshold.Should().Be(new MoneyDto(2500.50m, "TWD"));
        var response = await admin.GetAsync($"/api/v1/units/{unit.Id}/dispatch-deadline?receivedAt=2026-12-01T09:00:00%2B08:00&zone=Urban");
        (await ReadAsync<DispatchDeadlineDto>(response)).DueAt
            .Should().Be(DateTimeOffset.Parse("2026-12-01T14:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Test]
    public async Task Unit_created_without_a_calendar_gets_Taipei_office_hours()
    {
        using var admin = await ClientAsAsync(Role.Admin);

        var response = await ExpectAsync(admin.PostAsJsonAsync("/api/v1/units", new { name = "Branch", code = "KHH", kind = "Branch" }, Json), HttpStatusCode.Created);

        var unit = await ReadAsync<UnitDto>(response);
        unit.Calendar.TimeZone.Should().Be("Asia/Taipei");
        unit.Calendar.WeeklyHours.Should().HaveCount(5);
        unit.Policy.UrbanSlaHours.Should().Be(6);
        unit.Policy.SuburbanSlaHours.Should().Be(7);
        response.Headers.Location!.ToString().Should().Be($"/api/v1/units/{unit.Id}");
    }

    [Test]
    public async Task Every_command_leaves_an_audit_line_with_who_and_what()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        var unit = await admin.CreateUnitAsync("TPE");
        await ExpectAsync(admin.PutAsJsonAsync($"/api/v1/units/{unit.Id}/calendar", Builders.OfficeCalendar(), Json), HttpStatusCode.OK);
        using var serviceDepartment = await ClientAsAsync(Role.ServiceDepartment);

        var response = await ExpectAsync(serviceDepartment.GetAsync($"/api/v1/audit?entity=ServiceUnit&id={unit.Id}"), HttpStatusCode.OK);

        var trail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("items");
        trail.EnumerateArray().Select(e => e.GetProperty("command").GetString()).Should().Equal("CreateUnit", "SetUnitCalendar");
        trail[0].GetProperty("actorRoles")[0].GetString().Should().Be("Admin");
        using var clerk = await ClientAsAsync(Role.Clerk, unit.Id);
        (await clerk.GetAsync($"/api/v1/audit?entity=ServiceUnit&id={unit.Id}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Staff_list_pages_with_a_cursor_without_repeating_or_skipping()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        var unit = await admin.CreateUnitAsync("TPE");
        var hired = new List<Guid>();
        foreach (var role in Enum.GetValues<Role>())
        {
            hired.Add((await admin.HireAsync(unit.Id, role)).Id);
        }

        var seen = new List<Guid>();
        string? cursor = null;
        do
        {
            var url = $"/api/v1/staff?unitId={unit.Id}&limit=3" + (cursor is null ? string.Empty : $"&cursor={cursor}");
            var page = await ReadAsync<Page<StaffMemberDto>>(await ExpectAsync(admin.GetAsync(url), HttpStatusCode.OK));
            page.Items.Count.Should().BeLessThanOrEqualTo(3);
            seen.AddRange(page.Items.Select(s => s.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        seen.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(hired);
    }

    [Test]
    public async Task Staff_for_a_unit_that_does_not_exist_is_404()
    {
        using var admin = await ClientAsAsync(Role.Admin);

        var response = await admin.PostAsJsonAsync("/api/v1/staff", new { unitId = Guid.NewGuid(), name = "Nobody", roles = new[] { "Clerk" } }, Json);

        await ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Health_live_and_ready_answer_without_a_token()
    {
        using var client = Anonymous();

        (await client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
