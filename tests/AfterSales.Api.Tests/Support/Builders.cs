using System.Net;
using System.Net.Http.Json;
using AfterSales.Application.Staff;
using AfterSales.Application.Units;
using AfterSales.Domain.Common;
using AfterSales.Domain.Units;

namespace AfterSales.Api.Tests.Support;

/// <summary>Sets up the records a test needs through the API itself, as an admin would.</summary>
internal static class Builders
{
    public static object OfficeCalendar(string timeZone = "Asia/Taipei") => new
    {
        timeZone,
        weeklyHours = new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" }.Select(day => new
        {
            day,
            hours = new[] { new { start = "08:30", end = "12:00" }, new { start = "13:00", end = "17:30" } },
        }),
        holidays = Array.Empty<string>(),
        extraWorkingDays = Array.Empty<object>(),
    };

    public static async Task<UnitDto> CreateUnitAsync(this HttpClient admin, string code, UnitKind kind = UnitKind.Center)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/units", new { name = $"Unit {code}", code, kind, calendar = OfficeCalendar() }, ApiTest.Json);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<UnitDto>(ApiTest.Json))!;
    }

    public static async Task<StaffMemberDto> HireAsync(this HttpClient admin, Guid unitId, params Role[] roles)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/staff", new { unitId, name = $"{string.Join('/', roles)} of {unitId}", roles }, ApiTest.Json);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<StaffMemberDto>(ApiTest.Json))!;
    }
}
