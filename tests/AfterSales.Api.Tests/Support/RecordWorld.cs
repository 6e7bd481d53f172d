using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AfterSales.Application.Billing;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Contracts;
using AfterSales.Application.RepairCards;
using AfterSales.Domain.Common;

namespace AfterSales.Api.Tests.Support;

/// <summary>
/// A unit with one record of every kind a route names in its path (a call, a repair card with a
/// report of lateness, a customer, a certificate, a contract, an invoice request, a receipt), and a
/// client for every role, so any operation of the contract can be called against real records.
/// </summary>
internal sealed class RecordWorld : IDisposable
{
    private readonly Dictionary<Role, HttpClient> _clients;

    private RecordWorld(ServiceUnitWorld world, Dictionary<string, string> pathValues, Dictionary<Role, HttpClient> clients)
    {
        World = world;
        PathValues = pathValues;
        _clients = clients;
    }

    public ServiceUnitWorld World { get; }

    /// <summary>A value for each path parameter name of the contract (callId, cardId, …) naming a record of this unit.</summary>
    public IReadOnlyDictionary<string, string> PathValues { get; }

    public HttpClient ClientFor(Role role) => _clients[role];

    public static async Task<RecordWorld> CreateAsync(HttpClient admin, string code)
    {
        var world = await ServiceUnitWorld.CreateAsync(admin, code);
        var (customer, certificate) = await world.CustomerWithProductAsync();
        var call = await world.RegisterCallAsync(customer.Id, certificate.Id);
        var intake = await world.InWorkshopAsync(TimeSpan.FromDays(2));
        await ServiceUnitWorld.ReadAsAsync<RepairCardDto>(
            await world.Technician.PostAsJsonAsync($"/api/v1/repair-cards/{intake.RepairCard.Id}/work", new { hours = 1, description = "Opened the casing", repairFinished = false }, ApiTest.Json),
            HttpStatusCode.OK);
        var reported = await ServiceUnitWorld.ReadAsAsync<RepairCardDto>(
            await world.Technician.PostAsJsonAsync($"/api/v1/repair-cards/{intake.RepairCard.Id}/escalations", new { reason = "Part on back order" }, ApiTest.Json),
            HttpStatusCode.OK);
        var contract = await ServiceUnitWorld.ReadAsAsync<ContractDto>(await world.Clerk.PostAsJsonAsync("/api/v1/contracts", new
        {
            customerId = customer.Id,
            certificateIds = new[] { certificate.Id },
            startsOn = "2026-01-01",
            endsOn = "2026-12-31",
            fee = new { amount = 4800, currency = "TWD" },
        }, ApiTest.Json), HttpStatusCode.Created);
        var request = (await ServiceUnitWorld.ReadAsAsync<Page<InvoiceRequestDto>>(await world.Accountant.GetAsync("/api/v1/invoice-requests"), HttpStatusCode.OK)).Items
            .First(r => r.ContractId == contract.Id);

        var register = await ServiceUnitWorld.ReadAsAsync<AfterSales.Application.Registers.Commands.SendCallRegister.SentCallRegisterDto>(
            await world.Clerk.PostAsync($"/api/v1/registers/calls/{world.Unit.Id}/2026-11-20/send", null), HttpStatusCode.OK);
        var serviceDepartment = await ClientAsync(new { role = Role.ServiceDepartment });
        var surveyCards = await ServiceUnitWorld.ReadAsAsync<Page<AfterSales.Application.Surveys.SurveyCardDto>>(
            await serviceDepartment.GetAsync($"/api/v1/survey-cards?unitId={world.Unit.Id}&date=2026-11-20"), HttpStatusCode.OK);

        var complaint = await ServiceUnitWorld.ReadAsAsync<AfterSales.Application.Complaints.ComplaintDto>(
            await world.Clerk.PostAsJsonAsync("/api/v1/complaints", new { source = "Telephone", callId = call.Id, words = "Nobody called back." }, ApiTest.Json), HttpStatusCode.Created);

        var adminWork = await ServiceUnitWorld.ReadAsAsync<AfterSales.Application.Reports.AdminWorkDto>(
            await world.Technician.PostAsJsonAsync($"/api/v1/technicians/{world.TechnicianId}/admin-work", new { date = "2026-11-20", category = "Training", hours = 1, note = "Course" }, ApiTest.Json),
            HttpStatusCode.Created);

        var batch = await ServiceUnitWorld.ReadAsAsync<AfterSales.Application.Archiving.ArchiveBatchDto>(
            await world.Clerk.PostAsJsonAsync("/api/v1/archive-batches", new { unitId = world.Unit.Id, upTo = "2026-01-31" }, ApiTest.Json), HttpStatusCode.Created);

        var notice = (await ServiceUnitWorld.ReadAsAsync<Page<ExpiryNoticeDto>>(await world.Clerk.GetAsync("/api/v1/contract-expiry-notices"), HttpStatusCode.OK)).Items
            .Single(n => n.ContractId == contract.Id);

        var closure = await ServiceUnitWorld.ReadAsAsync<AfterSales.Application.Units.Closures.ClosureChangeDto>(
            await world.Supervisor.PostAsJsonAsync($"/api/v1/units/{world.Unit.Id}/closures", new { from = "2030-01-07T09:00:00+08:00", to = "2030-01-07T17:30:00+08:00", reason = "Typhoon" }, ApiTest.Json),
            HttpStatusCode.Created);

        var pathValues = new Dictionary<string, string>
        {
            ["closureId"] = closure.Closure.Id.ToString(),
            ["subscriptionId"] = Guid.CreateVersion7().ToString(),
            ["unitId"] = world.Unit.Id.ToString(),
            ["callId"] = call.Id.ToString(),
            ["cardId"] = intake.RepairCard.Id.ToString(),
            ["escalationId"] = reported.Escalations.Single().Id.ToString(),
            ["customerId"] = customer.Id.ToString(),
            ["certificateId"] = certificate.Id.ToString(),
            ["contractId"] = contract.Id.ToString(),
            ["requestId"] = request.Id.ToString(),
            ["number"] = intake.PickupReceipt.Number,
            ["technicianId"] = world.TechnicianId.ToString(),
            ["date"] = "2026-11-20",
            ["complaintId"] = complaint.Id.ToString(),
            ["noticeId"] = notice.Id.ToString(),
            ["adminWorkId"] = adminWork.Id.ToString(),
            ["entry"] = "1",
            ["batchId"] = batch.Id.ToString(),
            ["type"] = "Call",

            // No destruction can be proposed for records closed today (retention is months); the routes
            // are the all-unit roles', so a unit's role is refused before any record is looked up.
            ["destructionId"] = Guid.CreateVersion7().ToString(),
            ["surveyCardId"] = surveyCards.Items.First(c => c.CallId == register.Calls[0].CallId).Id.ToString(),
        };
        var clients = new Dictionary<Role, HttpClient>
        {
            [Role.Clerk] = world.Clerk,
            [Role.Supervisor] = world.Supervisor,
            [Role.Technician] = world.Technician,
            [Role.Accountant] = world.Accountant,
            [Role.Admin] = admin,
            [Role.BranchManager] = await ClientAsync(new { role = Role.BranchManager, unitId = world.Unit.Id }),
            [Role.ServiceDepartment] = serviceDepartment,
            [Role.ViceGeneralManager] = await ClientAsync(new { role = Role.ViceGeneralManager }),
        };
        return new RecordWorld(world, pathValues, clients);
    }

    /// <summary>The path of an operation with its parameters filled from this unit's records.</summary>
    public string PathOf(ContractOperation operation) =>
        PathValues.Aggregate(operation.Path, (path, value) => path.Replace("{" + value.Key + "}", Uri.EscapeDataString(value.Value), StringComparison.Ordinal));

    private static async Task<HttpClient> ClientAsync(object request) => ApiTest.WithToken(await ApiTest.TokenAsync(request));

    public void Dispose()
    {
        World.Dispose();
        foreach (var role in new[] { Role.BranchManager, Role.ServiceDepartment, Role.ViceGeneralManager })
        {
            _clients[role].Dispose();
        }
    }

    /// <summary>Reads a JSON body for diagnostics.</summary>
    public static string Describe(HttpResponseMessage response, string body) =>
        $"{(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType}: {(body.Length > 400 ? body[..400] : body)}";

    /// <summary>True when the body is an RFC 9457 problem with type, title and status.</summary>
    public static bool IsProblem(HttpResponseMessage response, string body)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return false;
        }

        try
        {
            var problem = JsonDocument.Parse(body).RootElement;
            return problem.TryGetProperty("type", out _) && problem.TryGetProperty("title", out _) &&
                   problem.TryGetProperty("status", out var status) && status.GetInt32() == (int)response.StatusCode;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
