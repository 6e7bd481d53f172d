using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Support;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Complaints;
using AfterSales.Application.Surveys;
using AfterSales.Domain.Common;
using AfterSales.Domain.Complaints;
using static AfterSales.Api.Tests.Support.ServiceUnitWorld;

namespace AfterSales.Api.Tests;

/// <summary>Complaints through HTTP (R26–R28): triage, review, the mandatory visit, the reply, closing with a finding, and the follow-up (R27).</summary>
public class ComplaintTests : ApiTest
{
    /// <summary>A claimed time of now on the API's clock: after the complaint was received, never in the future.</summary>
    private static string Now() => ApiTestRun.Api.Clock.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<ComplaintDto> PostAsync(HttpClient client, Guid complaintId, string step, object? body = null) =>
        await ReadAsAsync<ComplaintDto>(await client.PostAsJsonAsync($"/api/v1/complaints/{complaintId}/{step}", body ?? new { }, Json), HttpStatusCode.OK);

    private static async Task<string[]> MissingStepsAsync(HttpClient client, Guid complaintId, object body)
    {
        var problem = await ProblemAsync(await client.PostAsJsonAsync($"/api/v1/complaints/{complaintId}/close", body, Json), HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("type").GetString().Should().Be("/problems/rules/ComplaintClosesOnlyWhenEveryStepIsDone");
        return problem.GetProperty("missingSteps").EnumerateArray().Select(s => s.GetString()!).ToArray();
    }

    [Test]
    public async Task R26_R28_a_serious_complaint_from_telephone_to_closing_with_review_designee_visit_and_letter()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        using var serviceDepartment = await ClientAsAsync(Role.ServiceDepartment);
        using var viceGeneralManager = await ClientAsAsync(Role.ViceGeneralManager);
        var call = await world.ArrivedCallAsync();

        var opened = await ReadAsAsync<ComplaintDto>(await world.Clerk.PostAsJsonAsync("/api/v1/complaints", new
        {
            source = "Telephone",
            callId = call.Id,
            technicianId = world.TechnicianId,
            words = "The technician left the unit leaking and was rude.",
        }, Json), HttpStatusCode.Created);
        opened.Number.Should().MatchRegex(@"^TPE-C\d{4}-000001$");
        (opened.Status, opened.CustomerId, opened.TechnicianId, opened.Source).Should().Be((ComplaintStatus.Received, call.CustomerId, world.TechnicianId, ComplaintSource.Telephone));
        opened.RemainingSteps.Should().Equal(ComplaintStep.Triage, ComplaintStep.Visit, ComplaintStep.Reply, ComplaintStep.Finding);
        opened.NextDeadline!.Step.Should().Be(ComplaintStep.Triage);

        var triaged = await PostAsync(serviceDepartment, opened.Id, "triage", new { severity = "Serious" });
        triaged.RemainingSteps.Should().Equal(ComplaintStep.Review, ComplaintStep.Visit, ComplaintStep.Reply, ComplaintStep.Finding);
        (await MissingStepsAsync(serviceDepartment, opened.Id, new { serviceFault = true, actions = "-" })).Should().Equal("Review", "Visit", "Reply");

        await ExpectAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/complaints/{opened.Id}/review", new { decision = "Handled" }, Json), HttpStatusCode.Forbidden);
        (await RuleAsync(viceGeneralManager.PostAsJsonAsync($"/api/v1/complaints/{opened.Id}/review", new { decision = "PassedOn" }, Json), HttpStatusCode.UnprocessableEntity))
            .Should().Be("/problems/rules/PassingOnNeedsInstructions");
        await PostAsync(viceGeneralManager, opened.Id, "review", new { decision = "PassedOn", instructions = "Branch supervisor to visit with a replacement unit." });

        (await RuleAsync(world.Supervisor.PostAsJsonAsync($"/api/v1/complaints/{opened.Id}/designate", new { staffId = world.TechnicianId }, Json), HttpStatusCode.UnprocessableEntity))
            .Should().Be("/problems/rules/TheTechnicianComplainedAboutNeverVisits");
        (await RuleAsync(world.OtherTechnician.PostAsJsonAsync($"/api/v1/complaints/{opened.Id}/visit", new { visitedAt = Now(), notes = "-", customerRefused = false }, Json), HttpStatusCode.UnprocessableEntity))
            .Should().Be("/problems/rules/VisitIsByTheSupervisorOrTheDesignee");
        await PostAsync(world.Supervisor, opened.Id, "designate", new { staffId = world.OtherTechnicianId });
        (await RuleAsync(world.Technician.PostAsJsonAsync($"/api/v1/complaints/{opened.Id}/visit", new { visitedAt = Now(), notes = "-", customerRefused = false }, Json), HttpStatusCode.UnprocessableEntity))
            .Should().Be("/problems/rules/VisitIsByTheSupervisorOrTheDesignee");
        var visited = await PostAsync(world.OtherTechnician, opened.Id, "visit", new { visitedAt = Now(), notes = "Replaced the drain hose; apologised.", customerRefused = false });
        visited.Visits.Should().ContainSingle().Which.VisitedBy.Should().Be(world.OtherTechnicianId);

        (await RuleAsync(serviceDepartment.PostAsJsonAsync($"/api/v1/complaints/{opened.Id}/reply", new { channel = "Telephone", content = "Sorry.", repliedAt = Now() }, Json), HttpStatusCode.UnprocessableEntity))
            .Should().Be("/problems/rules/SeriousComplaintIsRepliedByLetter");
        await PostAsync(serviceDepartment, opened.Id, "reply", new { channel = "Letter", content = "We apologise; the unit was repaired and the technician retrained.", repliedAt = Now() });
        (await MissingStepsAsync(serviceDepartment, opened.Id, new { })).Should().Equal("Finding");

        var closed = await PostAsync(serviceDepartment, opened.Id, "close", new { serviceFault = true, actions = "Hose replaced free of charge; technician retrained." });
        (closed.Status, closed.Finding!.ServiceFault, closed.Overdue).Should().Be((ComplaintStatus.Closed, true, false));
        (await RuleAsync(serviceDepartment.PostAsJsonAsync($"/api/v1/complaints/{opened.Id}/chase", new { note = "?" }, Json), HttpStatusCode.Conflict))
            .Should().Be("/problems/rules/ComplaintMustBeOpen");

        (await Db.ScalarAsync<string>($"SELECT status FROM complaints WHERE id = '{opened.Id}'")).Should().Be("Closed");
        (await Db.ScalarAsync<string>($"SELECT finding->>'actions' FROM complaints WHERE id = '{opened.Id}'")).Should().Be("Hose replaced free of charge; technician retrained.");
        (await Db.CountAsync($"SELECT jsonb_array_length(replies) FROM complaints WHERE id = '{opened.Id}'")).Should().Be(1);

        var reopened = await PostAsync(serviceDepartment, opened.Id, "reopen", new { reason = "The leak came back." });
        reopened.Status.Should().Be(ComplaintStatus.Open);
        reopened.Reopenings.Should().ContainSingle().Which.PreviousFinding.ServiceFault.Should().BeTrue();
        reopened.RemainingSteps.Should().Equal(ComplaintStep.Reply, ComplaintStep.Finding);
    }

    [Test]
    public async Task R28_a_general_complaint_closes_only_after_the_visit_or_an_accepted_refusal_and_only_the_vice_general_manager_downgrades()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        using var serviceDepartment = await ClientAsAsync(Role.ServiceDepartment);
        using var viceGeneralManager = await ClientAsAsync(Role.ViceGeneralManager);
        var (customer, _) = await world.CustomerWithProductAsync();

        await ExpectAsync(world.Technician.PostAsJsonAsync("/api/v1/complaints", new { source = "Letter", customerId = customer.Id, words = "-" }, Json), HttpStatusCode.Forbidden);
        var opened = await ReadAsAsync<ComplaintDto>(await serviceDepartment.PostAsJsonAsync("/api/v1/complaints", new { source = "Letter", customerId = customer.Id, words = "Nobody told me the visit was moved." }, Json), HttpStatusCode.Created);
        (await RuleAsync(serviceDepartment.PostAsJsonAsync($"/api/v1/complaints/{opened.Id}/reply", new { channel = "Telephone", content = "-", repliedAt = Now() }, Json), HttpStatusCode.Conflict))
            .Should().Be("/problems/rules/ComplaintMustBeTriaged");

        await PostAsync(serviceDepartment, opened.Id, "triage", new { severity = "Serious" });
        (await RuleAsync(serviceDepartment.PostAsJsonAsync($"/api/v1/complaints/{opened.Id}/triage", new { severity = "General" }, Json), HttpStatusCode.UnprocessableEntity))
            .Should().Be("/problems/rules/OnlyTheViceGeneralManagerDowngrades");
        var general = await PostAsync(viceGeneralManager, opened.Id, "triage", new { severity = "General" });
        general.Severity.Should().Be(ComplaintSeverity.General);

        await PostAsync(world.Supervisor, opened.Id, "visit", new { visitedAt = Now(), notes = "Customer would not open the door.", customerRefused = true });
        (await MissingStepsAsync(serviceDepartment, opened.Id, new { serviceFault = false, actions = "Explained the schedule." })).Should().Equal("Visit", "Reply");
        await ExpectAsync(world.Supervisor.PostAsync($"/api/v1/complaints/{opened.Id}/accept-refused-visit", null), HttpStatusCode.Forbidden);
        await PostAsync(serviceDepartment, opened.Id, "accept-refused-visit");
        await PostAsync(serviceDepartment, opened.Id, "reply", new { channel = "Telephone", content = "Apologised for the moved visit.", repliedAt = Now() });

        var closed = await PostAsync(serviceDepartment, opened.Id, "close", new { serviceFault = false, actions = "Explained the schedule." });
        closed.Status.Should().Be(ComplaintStatus.Closed);
        closed.RefusalAcceptedBy.Should().NotBeNull();
    }

    [Test]
    public async Task R26_R27_serious_complaints_head_the_work_list_and_overdue_keeps_those_past_a_step_deadline()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        using var other = await CreateAsync(admin, "TXG");
        using var serviceDepartment = await ClientAsAsync(Role.ServiceDepartment);
        var (customer, _) = await world.CustomerWithProductAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add((await ReadAsAsync<ComplaintDto>(await world.Supervisor.PostAsJsonAsync("/api/v1/complaints", new { source = "Visit", customerId = customer.Id, words = $"Complaint {i}" }, Json), HttpStatusCode.Created)).Id);
        }

        await PostAsync(serviceDepartment, ids[2], "triage", new { severity = "Serious" });
        await PostAsync(serviceDepartment, ids[1], "triage", new { severity = "General" });

        var walked = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await ReadAsAsync<Page<ComplaintDto>>(await serviceDepartment.GetAsync($"/api/v1/complaints?unitId={world.Unit.Id}&limit=1{(cursor is null ? "" : "&cursor=" + cursor)}"), HttpStatusCode.OK);
            walked.AddRange(page.Items.Select(c => c.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        var onePage = await ReadAsAsync<Page<ComplaintDto>>(await serviceDepartment.GetAsync($"/api/v1/complaints?unitId={world.Unit.Id}"), HttpStatusCode.OK);
        walked.Should().Equal(onePage.Items.Select(c => c.Id), "paging one by one walks the same order as one page");
        walked[0].Should().Be(ids[2], "the Serious complaint heads the list");
        walked.Should().BeEquivalentTo(ids);

        // Time passing, without moving the shared clock: the first complaint's triage deadline is put behind us.
        await Db.ExecuteAsync($"UPDATE complaints SET triage_due_at = now() - interval '1 hour' WHERE id = '{ids[0]}'");
        var overdue = await ReadAsAsync<Page<ComplaintDto>>(await serviceDepartment.GetAsync($"/api/v1/complaints?unitId={world.Unit.Id}&overdue=true"), HttpStatusCode.OK);
        overdue.Items.Should().ContainSingle().Which.Should().Match<ComplaintDto>(c => c.Id == ids[0] && c.Overdue && c.OverdueSteps.Single() == ComplaintStep.Triage);
        (await ReadAsAsync<Page<ComplaintDto>>(await serviceDepartment.GetAsync($"/api/v1/complaints?unitId={world.Unit.Id}&overdue=false"), HttpStatusCode.OK))
            .Items.Select(c => c.Id).Should().Equal(walked.Where(id => id != ids[0]));
        (await ReadAsAsync<Page<ComplaintDto>>(await serviceDepartment.GetAsync($"/api/v1/complaints?severity=serious&status=open"), HttpStatusCode.OK))
            .Items.Select(c => c.Id).Should().Equal(ids[2]);

        var chased = await PostAsync(serviceDepartment, ids[0], "chase", new { note = "Please triage today." });
        chased.Chases.Should().ContainSingle().Which.Should().Match<ComplaintChaseDto>(c => c.Step == ComplaintStep.Triage && c.StepWasOverdue);

        // The unit's own list is its own: another unit's staff see none of it, and its records are 404.
        (await ReadAsAsync<Page<ComplaintDto>>(await other.Supervisor.GetAsync("/api/v1/complaints"), HttpStatusCode.OK)).Items.Should().BeEmpty();
        await ExpectAsync(other.Supervisor.GetAsync($"/api/v1/complaints/{ids[0]}"), HttpStatusCode.NotFound);
        (await ReadAsAsync<Page<ComplaintDto>>(await world.Technician.GetAsync("/api/v1/complaints"), HttpStatusCode.OK)).Items.Should().HaveCount(4);
    }

    [Test]
    public async Task R26_a_complaint_written_on_a_survey_card_opens_a_complaint_about_its_call()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TPE");
        using var serviceDepartment = await ClientAsAsync(Role.ServiceDepartment);
        var (call, card) = await world.SentCardOfYesterdaysCancelledCallAsync(serviceDepartment);

        var answered = await ReadAsAsync<SurveyCardDto>(await serviceDepartment.PostAsJsonAsync($"/api/v1/survey-cards/{card.Id}/response", new
        {
            attitude = "NotAnswered",
            technicalSkill = "NotAnswered",
            arrivalTime = "NotAnswered",
            followThrough = "NotAnswered",
            complaint = "I waited all day and nobody came or called.",
        }, Json), HttpStatusCode.OK);

        var complaint = await ReadAsAsync<ComplaintDto>(await world.Supervisor.GetAsync($"/api/v1/complaints/{answered.ComplaintId}"), HttpStatusCode.OK);
        (complaint.Source, complaint.CallId, complaint.SurveyCardId, complaint.CustomerId, complaint.Words)
            .Should().Be((ComplaintSource.SurveyCard, call.Id, card.Id, call.CustomerId, "I waited all day and nobody came or called."));
        (await Db.CountAsync($"SELECT count(*) FROM complaints WHERE survey_card_id = '{card.Id}'")).Should().Be(1);
        (await RuleAsync(serviceDepartment.PostAsJsonAsync("/api/v1/complaints", new { source = "SurveyCard", callId = call.Id, words = "again" }, Json), HttpStatusCode.BadRequest))
            .Should().Be("/problems/validation");
    }
}
