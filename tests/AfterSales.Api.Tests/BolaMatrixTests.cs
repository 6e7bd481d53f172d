using System.Net;
using System.Text;
using System.Text.Json;
using AfterSales.Api.Tests.Support;
using AfterSales.Domain.Common;

namespace AfterSales.Api.Tests;

/// <summary>
/// R4 as a matrix: every operation of the contract × every role of another unit. A role the route
/// does not allow gets 403; an allowed role reaching for the first unit's record (in the path, the
/// query or the body) gets 404, exactly as if it did not exist; and nothing changes.
/// </summary>
[Category("Hostile")]
public class BolaMatrixTests : ApiTest
{
    /// <summary>The roles whose scope is their own unit (the all-unit roles see every unit by design).</summary>
    private static readonly Role[] UnitRoles = [Role.Clerk, Role.Supervisor, Role.Technician, Role.Accountant, Role.BranchManager];

    private static readonly Role[] AllRoles = Enum.GetValues<Role>();

    public static IEnumerable<TestCaseData> Operations() =>
        Contract.Operations()
            .Where(o => o.OperationId != "IssueDevToken")
            .Select(o => new TestCaseData(o).SetName($"R4_{o.OperationId}_is_403_for_a_wrong_role_and_404_for_another_units_record"));

    [TestCaseSource(nameof(Operations))]
    public async Task R4_another_units_record_is_404_and_a_wrong_role_403(ContractOperation operation)
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var taipei = await RecordWorld.CreateAsync(admin, "TPE");
        using var taichung = await RecordWorld.CreateAsync(admin, "TXG");
        var allowed = Contract.RolesFor(operation)!;
        var body = ValidBody(operation.OperationId, taipei, taichung);
        var reachesForeignRecord = operation.Parameters("path").Any() || body.ForeignIds || operation.Parameters("query").Any(p => (string?)p["name"] == "unitId");
        var before = await Db.FingerprintAsync();
        var failures = new List<string>();

        foreach (var role in AllRoles)
        {
            var isAllowed = allowed.Count == 0 || allowed.Contains(role);
            HttpStatusCode? expected = !isAllowed ? HttpStatusCode.Forbidden
                : UnitRoles.Contains(role) && reachesForeignRecord ? HttpStatusCode.NotFound
                : null;
            if (expected is null)
            {
                continue;
            }

            // Reads name the first unit's records; so do commands, whose bodies are otherwise valid.
            using var request = new HttpRequestMessage(new HttpMethod(operation.Method), ForeignPath(operation, taipei));
            if (body.Json is not null)
            {
                request.Content = new StringContent(body.Json, Encoding.UTF8, "application/json");
            }

            using var response = await taichung.ClientFor(role).SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != expected || !RecordWorld.IsProblem(response, text))
            {
                failures.Add($"{role}: expected {(int)expected}, got {RecordWorld.Describe(response, text)}");
            }
        }

        failures.Should().BeEmpty();
        (await Db.FingerprintAsync()).Should().Be(before);
    }

    private static string ForeignPath(ContractOperation operation, RecordWorld foreign)
    {
        var path = foreign.PathOf(operation);
        var query = operation.Parameters("query").Select(p => (string)p["name"]!).ToList();
        var pairs = new List<string>();
        if (query.Contains("unitId"))
        {
            pairs.Add($"unitId={foreign.World.Unit.Id}");
        }

        if (query.Contains("date"))
        {
            pairs.Add("date=2026-11-23");
        }

        if (query.Contains("receivedAt"))
        {
            pairs.Add("receivedAt=2026-11-23T10:00:00%2B08:00&zone=Urban");
        }

        if (query.Contains("from") && query.Contains("to"))
        {
            pairs.Add("from=2026-11-01&to=2026-11-30");
        }

        if (query.Contains("month"))
        {
            pairs.Add("month=2026-11");
        }

        if (query.Contains("technicianId"))
        {
            pairs.Add($"technicianId={foreign.World.TechnicianId}");
        }

        if (query.Contains("id") && query.Contains("entity"))
        {
            pairs.Add($"entity=RepairCall&id={foreign.PathValues["callId"]}");
        }

        return pairs.Count == 0 ? path : $"{path}?{string.Join('&', pairs)}";
    }

    /// <summary>A body the command would accept from the first unit's own staff; ForeignIds when it names that unit's records.</summary>
    private static (string? Json, bool ForeignIds) ValidBody(string operationId, RecordWorld foreign, RecordWorld own)
    {
        var signature = new { signerName = "Lin", signedAt = "2026-11-23T11:00:00+08:00" };
        var money = new { amount = 100, currency = "TWD" };
        object? body = operationId switch
        {
            "RegisterCall" => new { customerId = foreign.PathValues["customerId"], certificateId = foreign.PathValues["certificateId"], channel = "Phone", receivedAt = "2026-11-20T16:00:00+08:00", problem = "No cooling" },
            "SignContract" => new { customerId = foreign.PathValues["customerId"], certificateIds = new[] { foreign.PathValues["certificateId"] }, startsOn = "2027-01-01", endsOn = "2027-12-31", fee = money },
            "ConfirmCashHandover" => new { technicianId = foreign.World.TechnicianId, collectionIds = new[] { Guid.NewGuid() }, countedAmount = money },
            "DispatchCall" => new { technicianId = own.World.TechnicianId },
            "RecordArrival" => new { arrivedAt = "2026-11-23T10:00:00+08:00" },
            "CompleteOnSite" => new { workHours = 1, parts = Array.Empty<object>(), signature, collectedOnSite = true },
            "TakeToWorkshop" => new { promisedCompletionAt = "2030-01-01T10:00:00+08:00", signature },
            "ReceiveIntoWorkshop" => new { },
            "CancelCall" => new { reason = "Customer fixed it" },
            "RenewContract" => new { endsOn = "2027-12-31", fee = money },
            "IssueCertificate" => new { model = "AC-900", serialNumber = "SN-X", soldOn = "2026-01-01", warrantyEndsOn = "2027-01-01" },
            "IssueInvoice" => new { invoiceNumber = "AB-00000001" },
            "RecordRepairWork" => new { hours = 1, description = "Relay", repairFinished = false },
            "RecordRepairPart" => new { partNumber = "RLY", quantity = 1, unitPrice = money },
            "InspectRepair" => new { passed = true },
            "CloseRepairCard" => new { signature, receiptNumber = foreign.PathValues["number"] },
            "ReportLateRepair" => new { reason = "Part on back order" },
            "AnswerEscalation" => new { help = "Second technician" },
            "RegisterCustomer" => new { name = "Chen", address = "Taichung", telephone = "04-1234", zone = "Urban" },
            "CreateUnit" => new { name = "Kaohsiung", code = "KHH", kind = "Branch" },
            "HireStaffMember" => new { unitId = foreign.World.Unit.Id, name = "Wang", roles = new[] { "Clerk" } },
            "SetUnitCalendar" => Builders.OfficeCalendar(),
            "RecordAdminWork" => new { date = "2026-11-20", category = "Training", hours = 1, note = "Course" },
            "ArchiveRecords" => new { unitId = foreign.World.Unit.Id, upTo = "2026-11-20" },
            "CorrectRepairWork" => new { hours = 2, reason = "Typed 1 for 2" },
            "CorrectAdminWork" => new { hours = 2, category = "Training", reason = "Typed 1 for 2" },
            "CorrectArrival" => new { arrivedAt = "2026-11-23T09:30:00+08:00", reason = "Typed the wrong hour" },
            "CorrectWorkHours" => new { workHours = 2, reason = "Typed the wrong hours" },
            "CorrectRepairPart" or "CorrectCallPart" => new { quantity = 1, reason = "Typed 2 for 1" },
            "CorrectCustomer" => new { address = "88 Zhongshan N. Rd, Taipei", reason = "House number misheard" },
            "SubmitTechnicianDailyReport" => new { technicianId = foreign.World.TechnicianId, date = "2026-11-20", noHoursReason = "Leave" },
            "ReviewTechnicianDailyReport" => new { technicianId = foreign.World.TechnicianId, date = "2026-11-20" },
            "ReturnTechnicianDailyReport" => new { technicianId = foreign.World.TechnicianId, date = "2026-11-20", note = "Hours missing" },
            "SubmitSupervisorDailyReport" => new { unitId = foreign.World.Unit.Id, date = "2026-11-20" },
            "SignOffSupervisorDailyReport" or "CheckSupervisorDailyReport" => new { unitId = foreign.World.Unit.Id, date = "2026-11-20" },
            "ReturnSupervisorDailyReport" => new { unitId = foreign.World.Unit.Id, date = "2026-11-20", note = "Figures missing" },
            "SendSurveyCard" => new { channel = "Mail" },
            "RecordSurveyResponse" => new { attitude = "Satisfied", technicalSkill = "Satisfied", arrivalTime = "Satisfied", followThrough = "Satisfied" },
            "CorrectSurveyResponse" => new { attitude = "Satisfied", technicalSkill = "Satisfied", arrivalTime = "Satisfied", followThrough = "Satisfied", reason = "Keyed in wrong" },
            "MarkSurveyCardUndeliverable" => new { reason = "Returned by the post" },
            "OpenComplaint" => new { source = "Telephone", callId = foreign.PathValues["callId"], words = "Nobody called back." },
            "TriageComplaint" => new { severity = "Serious" },
            "ReviewComplaint" => new { decision = "Handled" },
            "DesignateComplaintVisitor" => new { staffId = foreign.World.TechnicianId },
            "RecordComplaintVisit" => new { visitedAt = "2026-11-23T10:00:00+08:00", notes = "Apologised", customerRefused = false },
            "ReplyToComplaint" => new { channel = "Letter", content = "We apologise.", repliedAt = "2026-11-23T10:00:00+08:00" },
            "ChaseComplaint" => new { note = "Please visit today." },
            "CloseComplaint" => new { serviceFault = false, actions = "Explained." },
            "ReopenComplaint" => new { reason = "Customer called again." },
            "SendExpiryNotice" => new { sentOn = "2026-11-20", channel = "Mail" },
            "AssignExpiryNotice" => new { staffId = foreign.World.TechnicianId },
            "RecordExpiryNoticeOutcome" => new { outcome = "Declined", reason = "Replacing the unit" },
            "CloseEvaluationMonth" => new { unitId = foreign.World.Unit.Id, month = "2026-10" },
            "SetEvaluationWeights" => new { attitude = 1, technicalSkill = 1, arrivalTime = 1, followThrough = 1 },
            "SetRetentionPeriod" => new { months = 60 },
            "RequestDestruction" => new { unitId = foreign.World.Unit.Id, type = "Call", reason = "Retention ended" },
            "SetUnitPolicy" => new { urbanSlaHours = 6, suburbanSlaHours = 7, onSiteFeeThreshold = money, labourRatePerHour = money },
            "DeclareClosure" => new { from = "2030-01-07T09:00:00+08:00", to = "2030-01-07T17:30:00+08:00", reason = "Typhoon" },
            "DeclareClosures" => new { unitIds = new[] { foreign.World.Unit.Id }, from = "2030-01-07T09:00:00+08:00", to = "2030-01-07T17:30:00+08:00", reason = "Typhoon" },
            "EndClosureEarly" => new { at = "2030-01-07T12:00:00+08:00" },
            "CancelClosure" => new { reason = "Declared by mistake" },
            "AgreeAppointment" => new { notBefore = "2030-01-07T14:00:00+08:00" },
            "RecordCustomerNotAtHome" => new { visitedAt = "2026-11-23T10:00:00+08:00", appointment = new { notBefore = "2030-01-07T14:00:00+08:00" } },
            _ => null,
        };
        var foreignIds = operationId is "ArchiveRecords" or "RegisterCall" or "SignContract" or "ConfirmCashHandover" or "OpenComplaint" or "CloseEvaluationMonth" or "DeclareClosures"
            or "SubmitTechnicianDailyReport" or "ReviewTechnicianDailyReport" or "ReturnTechnicianDailyReport"
            or "SubmitSupervisorDailyReport" or "SignOffSupervisorDailyReport" or "CheckSupervisorDailyReport" or "ReturnSupervisorDailyReport";
        return (body is null ? null : JsonSerializer.Serialize(body, Json), foreignIds);
    }
}
