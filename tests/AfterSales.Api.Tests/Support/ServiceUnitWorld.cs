using System.Net;
using System.Net.Http.Json;
using AfterSales.Application.Calls;
using AfterSales.Application.Calls.Commands.ReceiveIntoWorkshop;
using AfterSales.Application.Calls.Commands.TakeToWorkshop;
using AfterSales.Application.Certificates;
using AfterSales.Application.Customers;
using AfterSales.Application.Units;
using AfterSales.Domain.Common;
using AfterSales.Domain.Units;

namespace AfterSales.Api.Tests.Support;

/// <summary>
/// A unit with its people, each holding their own token, and a customer with a product whose
/// warranty has ended: everything a call needs, set up through the API.
/// </summary>
internal sealed class ServiceUnitWorld : IDisposable
{
    private ServiceUnitWorld(UnitDto unit, HttpClient admin, HttpClient clerk, HttpClient supervisor, HttpClient technician, HttpClient otherTechnician, Guid technicianId, Guid otherTechnicianId, HttpClient accountant)
    {
        Accountant = accountant;
        Unit = unit;
        Admin = admin;
        Clerk = clerk;
        Supervisor = supervisor;
        Technician = technician;
        OtherTechnician = otherTechnician;
        TechnicianId = technicianId;
        OtherTechnicianId = otherTechnicianId;
    }

    public UnitDto Unit { get; }

    public HttpClient Admin { get; }

    public HttpClient Clerk { get; }

    public HttpClient Supervisor { get; }

    public HttpClient Technician { get; }

    public HttpClient OtherTechnician { get; }

    public HttpClient Accountant { get; }

    public Guid TechnicianId { get; }

    public Guid OtherTechnicianId { get; }

    public static async Task<ServiceUnitWorld> CreateAsync(HttpClient admin, string code, UnitKind kind = UnitKind.Center)
    {
        var unit = await admin.CreateUnitAsync(code, kind);
        var clerk = await admin.HireAsync(unit.Id, Role.Clerk);
        var supervisor = await admin.HireAsync(unit.Id, Role.Supervisor);
        var technician = await admin.HireAsync(unit.Id, Role.Technician);
        var otherTechnician = await admin.HireAsync(unit.Id, Role.Technician);
        var accountant = await admin.HireAsync(unit.Id, Role.Accountant);
        return new ServiceUnitWorld(
            unit,
            admin,
            await ApiClients.ForStaffAsync(clerk.Id),
            await ApiClients.ForStaffAsync(supervisor.Id),
            await ApiClients.ForStaffAsync(technician.Id),
            await ApiClients.ForStaffAsync(otherTechnician.Id),
            technician.Id,
            otherTechnician.Id,
            await ApiClients.ForStaffAsync(accountant.Id));
    }

    public async Task<(CustomerDto Customer, CertificateDto Certificate)> CustomerWithProductAsync(string zone = "Urban", string warrantyEndsOn = "2025-12-31")
    {
        var customer = await ReadAsAsync<CustomerDto>(await Clerk.PostAsJsonAsync(
            "/api/v1/customers",
            new { name = "Lin Mei-hua", address = "12 Zhongshan N. Rd, Taipei", telephone = "02-2345-6789", zone },
            ApiTest.Json), HttpStatusCode.Created);
        var certificate = await ReadAsAsync<CertificateDto>(await Clerk.PostAsJsonAsync(
            $"/api/v1/customers/{customer.Id}/certificates",
            new { model = "AC-900", serialNumber = $"SN-{Guid.NewGuid():N}", soldOn = "2025-01-10", warrantyEndsOn },
            ApiTest.Json), HttpStatusCode.Created);
        return (customer, certificate);
    }

    public async Task<CallDto> RegisterCallAsync(Guid customerId, Guid certificateId, string receivedAt = "2026-11-20T16:00:00+08:00", object? serviceTypeOverride = null) =>
        await ReadAsAsync<CallDto>(await Clerk.PostAsJsonAsync(
            "/api/v1/calls",
            new { customerId, certificateId, channel = "Phone", receivedAt, problem = "No cooling", serviceTypeOverride },
            ApiTest.Json), HttpStatusCode.Created);

    public async Task<CallDto> NewCallAsync(string receivedAt = "2026-11-20T16:00:00+08:00", string warrantyEndsOn = "2025-12-31")
    {
        var (customer, certificate) = await CustomerWithProductAsync(warrantyEndsOn: warrantyEndsOn);
        return await RegisterCallAsync(customer.Id, certificate.Id, receivedAt);
    }

    /// <summary>Registered, dispatched to <see cref="Technician"/>, and arrived on time.</summary>
    public async Task<CallDto> ArrivedCallAsync(string warrantyEndsOn = "2025-12-31")
    {
        var call = await NewCallAsync(warrantyEndsOn: warrantyEndsOn);
        await ReadAsAsync<CallDto>(await Supervisor.PostAsJsonAsync($"/api/v1/calls/{call.Id}/dispatch", new { technicianId = TechnicianId, dispatchedAt = "2026-11-21T09:00:00+08:00" }, ApiTest.Json), HttpStatusCode.OK);
        return await ReadAsAsync<CallDto>(await Technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/arrival", new { arrivedAt = "2026-11-23T10:00:00+08:00" }, ApiTest.Json), HttpStatusCode.OK);
    }

    /// <summary>An arrived call whose product the technician took away (R11): in transit, with its pickup receipt.</summary>
    public async Task<PickupDto> PickedUpAsync(TimeSpan promisedIn, string warrantyEndsOn = "2025-12-31")
    {
        var call = await ArrivedCallAsync(warrantyEndsOn);
        return await ReadAsAsync<PickupDto>(await Technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/take-to-workshop", new
        {
            promisedCompletionAt = ApiTestRun.Api.Clock.GetUtcNow().Add(promisedIn),
            signature = new { signerName = "Lin", signedAt = "2026-11-23T10:30:00+08:00" },
        }, ApiTest.Json), HttpStatusCode.OK);
    }

    /// <summary>An arrived call taken to the workshop and received by the clerk, with its receipt and card, promised <paramref name="promisedIn"/> from now.</summary>
    /// <remarks>The product's warranty ended in 2025, so the repair is paid; a later <paramref name="warrantyEndsOn"/> makes it free.</remarks>
    public async Task<WorkshopIntakeDto> InWorkshopAsync(TimeSpan promisedIn, string warrantyEndsOn = "2025-12-31")
    {
        var pickup = await PickedUpAsync(promisedIn, warrantyEndsOn);
        return await ReadAsAsync<WorkshopIntakeDto>(await Clerk.PostAsJsonAsync($"/api/v1/calls/{pickup.Call.Id}/receive-into-workshop", new { }, ApiTest.Json), HttpStatusCode.OK);
    }

    /// <summary>
    /// A call registered yesterday (in Taipei, by the API's clock) and cancelled, its day's register sent,
    /// and its survey card sent by mail: a card the service department can key an answer into.
    /// </summary>
    public async Task<(CallDto Call, AfterSales.Application.Surveys.SurveyCardDto Card)> SentCardOfYesterdaysCancelledCallAsync(HttpClient serviceDepartment)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(ApiTestRun.Api.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Taipei")).DateTime);
        var day = today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var call = await NewCallAsync($"{day}T10:00:00+08:00");
        (await Clerk.PostAsJsonAsync($"/api/v1/calls/{call.Id}/cancel", new { reason = "Duplicate" }, ApiTest.Json)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await Clerk.PostAsync($"/api/v1/registers/calls/{Unit.Id}/{day}/send", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var card = (await ReadAsAsync<AfterSales.Application.Common.Paging.Page<AfterSales.Application.Surveys.SurveyCardDto>>(
            await serviceDepartment.GetAsync($"/api/v1/survey-cards?unitId={Unit.Id}&date={day}"), HttpStatusCode.OK)).Items.Single();
        var sent = await ReadAsAsync<AfterSales.Application.Surveys.SurveyCardDto>(
            await serviceDepartment.PostAsJsonAsync($"/api/v1/survey-cards/{card.Id}/send", new { channel = "Mail" }, ApiTest.Json), HttpStatusCode.OK);
        return (call, sent);
    }

    /// <summary>A call received yesterday at <paramref name="time"/>, reached an hour later by <paramref name="technicianId"/> and finished on site with the hours given.</summary>
    public async Task<Guid> FinishedOnSiteYesterdayAsync(Guid technicianId, HttpClient technician, string time, decimal hours)
    {
        var day = Yesterday;
        var call = await NewCallAsync($"{day}T{time}:00+08:00");
        var received = DateTimeOffset.Parse($"{day}T{time}:00+08:00", System.Globalization.CultureInfo.InvariantCulture);
        Ok(await Supervisor.PostAsJsonAsync($"/api/v1/calls/{call.Id}/dispatch", new { technicianId, dispatchedAt = received.AddMinutes(10) }, ApiTest.Json));
        Ok(await technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/arrival", new { arrivedAt = received.AddHours(1) }, ApiTest.Json));
        Ok(await technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/complete-on-site", new
        {
            workHours = hours,
            parts = Array.Empty<object>(),
            signature = new { signerName = "Lin", signedAt = received.AddHours(1).AddMinutes(50) },
            collectedOnSite = false,
            notCollectedReason = "Billed by invoice",
        }, ApiTest.Json));
        return call.Id;
    }

    /// <summary>A product in the workshop repaired, passed by the supervisor and handed back: the receipt taken back and voided (R12).</summary>
    public async Task ReturnAsync(WorkshopIntakeDto intake)
    {
        Ok(await Technician.PostAsJsonAsync($"/api/v1/repair-cards/{intake.RepairCard.Id}/work", new { hours = 1, description = "Replaced the fan motor", repairFinished = true }, ApiTest.Json));
        Ok(await Supervisor.PostAsJsonAsync($"/api/v1/repair-cards/{intake.RepairCard.Id}/inspection", new { passed = true }, ApiTest.Json));
        Ok(await Clerk.PostAsJsonAsync($"/api/v1/repair-cards/{intake.RepairCard.Id}/close", new
        {
            signature = new { signerName = "Lin", signedAt = ApiTestRun.Api.Clock.GetUtcNow() },
            receiptNumber = intake.PickupReceipt.Number,
        }, ApiTest.Json));
    }

    /// <summary>Today in Taipei, by the API's clock.</summary>
    public static string LocalToday =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(ApiTestRun.Api.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Taipei")).DateTime)
            .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Yesterday in Taipei, by the API's clock.</summary>
    public static string Yesterday =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(ApiTestRun.Api.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Taipei")).DateTime).AddDays(-1)
            .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static void Ok(HttpResponseMessage response) => response.StatusCode.Should().Be(HttpStatusCode.OK);

    public static async Task<T> ReadAsAsync<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, body);
        return System.Text.Json.JsonSerializer.Deserialize<T>(body, ApiTest.Json)!;
    }

    public void Dispose()
    {
        Clerk.Dispose();
        Supervisor.Dispose();
        Technician.Dispose();
        OtherTechnician.Dispose();
        Accountant.Dispose();
    }
}
