using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Support;
using AfterSales.Application.Calls;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Kpis;
using AfterSales.Application.Units.Closures;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Common;
using static AfterSales.Api.Tests.Support.ServiceUnitWorld;

namespace AfterSales.Api.Tests;

/// <summary>
/// R19 in real life, through HTTP: typhoon days (停班停課) move the deadlines of every call still waiting,
/// customer appointments and missed visits set the deadline K1 judges, and "at risk" lists the calls about
/// to breach. Each test runs its own API on a clock it sets: Tuesday 1 December 2026, Taipei office hours
/// 08:30–12:00 and 13:00–17:30, six working hours in town.
/// </summary>
public class RealLifeDeadlineTests : ApiTest
{
    private static async Task<(AfterSalesApiFactory Api, ServiceUnitWorld World, Func<HttpClient, HttpClient> On)> StartAsync(string code, string now)
    {
        var api = new AfterSalesApiFactory(Db.ConnectionString, settings: new Dictionary<string, string?> { ["RateLimiting:Enabled"] = "false" },
            clockStart: DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));
        using var admin = await ClientAsAsync(Role.Admin);
        var world = await CreateAsync(admin, code);
        HttpClient On(HttpClient shared)
        {
            var client = api.CreateClient();
            client.DefaultRequestHeaders.Authorization = shared.DefaultRequestHeaders.Authorization;
            return client;
        }

        return (api, world, On);
    }

    private static async Task<CallDto> RegisterAsync(HttpClient clerk, ServiceUnitWorld world, string receivedAt, object? appointment = null)
    {
        var (customer, certificate) = await world.CustomerWithProductAsync();
        return await ReadAsAsync<CallDto>(await clerk.PostAsJsonAsync("/api/v1/calls", new
        {
            customerId = customer.Id, certificateId = certificate.Id, channel = "Phone", receivedAt, problem = "No cooling", appointment,
        }, Json), HttpStatusCode.Created);
    }

    private static async Task<CallDto> ReadAsync(HttpClient client, Guid callId) =>
        await ReadAsAsync<CallDto>(await client.GetAsync($"/api/v1/calls/{callId}"), HttpStatusCode.OK);

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public async Task R19_a_typhoon_day_declared_at_nine_moves_every_waiting_call_ending_it_early_and_cancelling_it_count_again()
    {
        var (api, world, on) = await StartAsync("TYP", "2026-12-01T01:00:00Z");
        await using var _ = api;
        using var clerk = on(world.Clerk);
        using var supervisor = on(world.Supervisor);
        using var technician = on(world.Technician);

        var a = await RegisterAsync(clerk, world, "2026-11-30T16:00:00+08:00");   // due Tuesday 14:00
        var b = await RegisterAsync(clerk, world, "2026-12-01T08:45:00+08:00");   // due Tuesday 15:45
        var breached = await RegisterAsync(clerk, world, "2026-11-30T09:00:00+08:00");   // due Monday 16:00, already past
        var reached = await RegisterAsync(clerk, world, "2026-11-30T15:00:00+08:00");
        await ExpectAsync(supervisor.PostAsJsonAsync($"/api/v1/calls/{reached.Id}/dispatch", new { technicianId = world.TechnicianId, dispatchedAt = "2026-11-30T15:10:00+08:00" }, Json), HttpStatusCode.OK);
        await ExpectAsync(technician.PostAsJsonAsync($"/api/v1/calls/{reached.Id}/arrival", new { arrivedAt = "2026-12-01T08:50:00+08:00" }, Json), HttpStatusCode.OK);
        a.DispatchDeadline.Should().Be(At("2026-12-01T14:00:00+08:00"));
        b.DispatchDeadline.Should().Be(At("2026-12-01T15:45:00+08:00"));

        var declared = await ReadAsAsync<ClosureChangeDto>(await supervisor.PostAsJsonAsync($"/api/v1/units/{world.Unit.Id}/closures", new
        {
            from = "2026-12-01T09:00:00+08:00", to = "2026-12-01T17:30:00+08:00", reason = "Typhoon", note = "Typhoon day declared by the city",
        }, Json), HttpStatusCode.Created);
        declared.CallsMoved.Should().Be(2, "A and B wait; the breached call's deadline was before the closure; the reached call keeps its verdict");

        // A: closed working time before 14:00 is 09:00–12:00 and 13:00–14:00 (4 h); Wednesday 08:30 + 4 h = 13:30.
        var movedA = await ReadAsync(clerk, a.Id);
        movedA.DispatchDeadline.Should().Be(At("2026-12-02T13:30:00+08:00"));
        movedA.PreviousDeadline.Should().Be(At("2026-12-01T14:00:00+08:00"));
        movedA.ServiceLevelDeadline.Should().Be(At("2026-12-01T14:00:00+08:00"));
        movedA.DeadlineBasis.Should().Be(DeadlineBasis.Closure);
        movedA.DeadlineMovedByClosure.Should().Be(declared.Closure.Id);
        movedA.Timeline!.Should().Contain(l => l.Kind == ServiceEventKind.DeadlineMoved && l.Note!.Contains(declared.Closure.Id.ToString()));
        // B: 15 minutes counted before 09:00; the other 5.75 h run Wednesday 08:30–12:00 and 13:00–15:15.
        (await ReadAsync(clerk, b.Id)).DispatchDeadline.Should().Be(At("2026-12-02T15:15:00+08:00"));
        (await ReadAsync(clerk, breached.Id)).DispatchDeadline.Should().Be(At("2026-11-30T16:00:00+08:00"));
        var arrived = await ReadAsync(clerk, reached.Id);
        arrived.DispatchDeadline.Should().Be(reached.DispatchDeadline);
        arrived.DeadlineMet.Should().BeTrue();

        // The city lifts it at 13:00: closed 09:00–13:00 only.
        api.Clock.SetUtcNow(At("2026-12-01T13:05:00+08:00"));
        var ended = await ReadAsAsync<ClosureChangeDto>(await supervisor.PostAsJsonAsync($"/api/v1/units/{world.Unit.Id}/closures/{declared.Closure.Id}/end", new { at = "2026-12-01T13:00:00+08:00" }, Json), HttpStatusCode.OK);
        ended.CallsMoved.Should().Be(2);
        ended.Closure.EndedAt.Should().Be(At("2026-12-01T13:00:00+08:00"));
        (await ReadAsync(clerk, a.Id)).DispatchDeadline.Should().Be(At("2026-12-01T17:00:00+08:00"), "14:00 + the 3 closed hours");
        (await ReadAsync(clerk, b.Id)).DispatchDeadline.Should().Be(At("2026-12-02T09:45:00+08:00"), "15:45 + 3 h: 1.75 h to closing, 1.25 h Wednesday");

        // Declared by mistake after all: every deadline goes back, the history keeps each move.
        var cancelled = await ReadAsAsync<ClosureChangeDto>(await supervisor.PostAsJsonAsync($"/api/v1/units/{world.Unit.Id}/closures/{declared.Closure.Id}/cancel", new { reason = "Declared for another city" }, Json), HttpStatusCode.OK);
        cancelled.CallsMoved.Should().Be(2);
        var restored = await ReadAsync(clerk, a.Id);
        restored.DispatchDeadline.Should().Be(At("2026-12-01T14:00:00+08:00"));
        restored.DeadlineBasis.Should().Be(DeadlineBasis.ServiceLevel);
        restored.DeadlineMovedByClosure.Should().BeNull();
        restored.Timeline!.Count(l => l.Kind == ServiceEventKind.DeadlineMoved).Should().Be(3);
        (await ReadAsync(clerk, b.Id)).DispatchDeadline.Should().Be(At("2026-12-01T15:45:00+08:00"));

        var listed = await ReadAsAsync<List<ClosureDto>>(await clerk.GetAsync($"/api/v1/units/{world.Unit.Id}/closures"), HttpStatusCode.OK);
        listed.Should().ContainSingle().Which.CancelReason.Should().Be("Declared for another city");
        (await ProblemAsync(await supervisor.PostAsJsonAsync($"/api/v1/units/{world.Unit.Id}/closures/{declared.Closure.Id}/cancel", new { reason = "Twice" }, Json), HttpStatusCode.Conflict))
            .GetProperty("type").GetString().Should().EndWith("ClosureMustBeInForce");
    }

    [Test]
    public async Task R19_a_call_registered_during_a_closure_counts_from_its_end_and_the_quote_says_so()
    {
        var (api, world, on) = await StartAsync("TYQ", "2026-12-01T02:00:00Z");
        await using var _ = api;
        using var clerk = on(world.Clerk);
        using var supervisor = on(world.Supervisor);
        await ExpectAsync(supervisor.PostAsJsonAsync($"/api/v1/units/{world.Unit.Id}/closures", new { from = "2026-12-01T08:00:00+08:00", to = "2026-12-01T13:00:00+08:00", reason = "PowerCut" }, Json), HttpStatusCode.Created);

        var call = await RegisterAsync(clerk, world, "2026-12-01T09:30:00+08:00");
        call.DispatchDeadline.Should().Be(At("2026-12-02T10:00:00+08:00"), "counted from 13:00: 4.5 h Tuesday, 1.5 h Wednesday");
        call.ServiceLevelDeadline.Should().Be(At("2026-12-01T16:30:00+08:00"));
        call.DeadlineBasis.Should().Be(DeadlineBasis.Closure);
        var quote = await ReadAsAsync<AfterSales.Application.Units.Queries.GetDispatchDeadline.DispatchDeadlineDto>(
            await clerk.GetAsync($"/api/v1/units/{world.Unit.Id}/dispatch-deadline?receivedAt=2026-12-01T09:30:00%2B08:00&zone=Urban"), HttpStatusCode.OK);
        quote.DueAt.Should().Be(call.DispatchDeadline);

        (await ProblemAsync(await supervisor.PostAsJsonAsync($"/api/v1/units/{world.Unit.Id}/closures", new { from = "2026-11-30T08:00:00+08:00", to = "2026-12-01T13:00:00+08:00", reason = "Typhoon" }, Json), HttpStatusCode.UnprocessableEntity))
            .GetProperty("type").GetString().Should().EndWith("ClosureStartsNoEarlierThanToday");
        await ExpectAsync(clerk.PostAsJsonAsync($"/api/v1/units/{world.Unit.Id}/closures", new { from = "2026-12-01T14:00:00+08:00", to = "2026-12-01T17:00:00+08:00", reason = "Typhoon" }, Json), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task R19_the_service_department_closes_several_units_at_once_in_one_command()
    {
        var (api, world, on) = await StartAsync("TYR", "2026-12-01T01:00:00Z");
        await using var _ = api;
        using var admin = await ClientAsAsync(Role.Admin);
        using var other = await CreateAsync(admin, "TYS");
        using var serviceDepartment = on(await ClientAsAsync(Role.ServiceDepartment));
        using var clerk = on(world.Clerk);
        using var otherClerk = on(other.Clerk);
        var here = await RegisterAsync(clerk, world, "2026-12-01T08:45:00+08:00");
        var there = await RegisterAsync(otherClerk, other, "2026-12-01T08:45:00+08:00");

        var changes = await ReadAsAsync<List<ClosureChangeDto>>(await serviceDepartment.PostAsJsonAsync("/api/v1/closures", new
        {
            unitIds = new[] { world.Unit.Id, other.Unit.Id }, from = "2026-12-01T09:00:00+08:00", to = "2026-12-01T17:30:00+08:00", reason = "Typhoon",
        }, Json), HttpStatusCode.OK);

        changes.Select(c => (c.Closure.UnitId, c.CallsMoved)).Should().BeEquivalentTo(new[] { (world.Unit.Id, 1), (other.Unit.Id, 1) });
        (await ReadAsync(clerk, here.Id)).DispatchDeadline.Should().Be(At("2026-12-02T15:15:00+08:00"));
        (await ReadAsync(otherClerk, there.Id)).DispatchDeadline.Should().Be(At("2026-12-02T15:15:00+08:00"));
    }

    [Test]
    public async Task R19_a_Friday_appointment_window_moves_the_deadline_into_Monday_and_a_missed_visit_restarts_the_clock()
    {
        var (api, world, on) = await StartAsync("APT", "2026-12-04T01:00:00Z");
        await using var _ = api;
        using var clerk = on(world.Clerk);
        using var supervisor = on(world.Supervisor);
        using var technician = on(world.Technician);

        // Received Friday 08:45 (R19: 15:45); the customer is home only from 17:00 to 19:00.
        var call = await RegisterAsync(clerk, world, "2026-12-04T08:45:00+08:00", new { notBefore = "2026-12-04T17:00:00+08:00", until = "2026-12-04T19:00:00+08:00" });
        call.DispatchDeadline.Should().Be(At("2026-12-07T09:00:00+08:00"), "17:00 + one working hour: half an hour Friday, half an hour Monday");
        call.DeadlineBasis.Should().Be(DeadlineBasis.Appointment);
        call.ServiceLevelDeadline.Should().Be(At("2026-12-04T15:45:00+08:00"));
        call.Appointment!.Until.Should().Be(At("2026-12-04T19:00:00+08:00"));

        // The customer calls back: Monday from 10:00 instead.
        var changed = await ReadAsAsync<CallDto>(await clerk.PutAsJsonAsync($"/api/v1/calls/{call.Id}/appointment", new { notBefore = "2026-12-07T10:00:00+08:00" }, Json), HttpStatusCode.OK);
        changed.DispatchDeadline.Should().Be(At("2026-12-07T11:00:00+08:00"));
        changed.PreviousDeadline.Should().Be(At("2026-12-07T09:00:00+08:00"));

        // Monday 10:15 nobody is home; the customer asks for Tuesday 14:00.
        api.Clock.SetUtcNow(At("2026-12-07T10:20:00+08:00"));
        await ExpectAsync(supervisor.PostAsJsonAsync($"/api/v1/calls/{call.Id}/dispatch", new { technicianId = world.TechnicianId, dispatchedAt = "2026-12-07T09:30:00+08:00" }, Json), HttpStatusCode.OK);
        var missed = await ReadAsAsync<CallDto>(await technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/customer-not-at-home", new
        {
            visitedAt = "2026-12-07T10:15:00+08:00", appointment = new { notBefore = "2026-12-08T14:00:00+08:00" },
        }, Json), HttpStatusCode.OK);
        missed.DispatchDeadline.Should().Be(At("2026-12-08T15:00:00+08:00"));
        missed.Status.Should().Be(CallStatus.Dispatched);

        api.Clock.SetUtcNow(At("2026-12-08T14:40:00+08:00"));
        var arrival = await ReadAsAsync<CallDto>(await technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/arrival", new { arrivedAt = "2026-12-08T14:30:00+08:00" }, Json), HttpStatusCode.OK);
        arrival.DeadlineMet.Should().BeTrue("the missed visit is not the service's breach");
        var timeline = (await ReadAsync(clerk, call.Id)).Timeline!.Select(l => l.Kind).ToList();
        timeline.Should().ContainInOrder(ServiceEventKind.AppointmentAgreed, ServiceEventKind.AppointmentAgreed, ServiceEventKind.CustomerNotAtHome, ServiceEventKind.Arrived);

        using var otherTechnician = on(world.OtherTechnician);
        var late = new { visitedAt = "2026-12-08T14:30:00+08:00", appointment = new { notBefore = "2026-12-09T14:00:00+08:00" } };
        await ExpectAsync(otherTechnician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/customer-not-at-home", late, Json), HttpStatusCode.Forbidden);
        await ExpectAsync(technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/customer-not-at-home", late, Json), HttpStatusCode.Conflict);
        (await ProblemAsync(await clerk.PutAsJsonAsync($"/api/v1/calls/{call.Id}/appointment", new { notBefore = "2026-12-09T10:00:00+08:00", until = "2026-12-09T09:00:00+08:00" }, Json), HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("until").GetArrayLength().Should().Be(1);
    }

    [Test]
    public async Task R19_at_risk_lists_the_waiting_calls_due_within_the_next_working_hour_soonest_first_and_each_call_says_its_time_left()
    {
        var (api, world, on) = await StartAsync("RSK", "2026-12-01T06:00:00Z");   // Tuesday 14:00 in Taipei
        await using var _ = api;
        using var clerk = on(world.Clerk);
        var at1500 = await RegisterAsync(clerk, world, "2026-11-30T17:00:00+08:00");   // 0.5 h Monday, 5.5 h Tuesday: 15:00
        var at1430 = await RegisterAsync(clerk, world, "2026-11-30T16:30:00+08:00");   // 14:30
        var at1530 = await RegisterAsync(clerk, world, "2026-12-01T08:30:00+08:00");   // 15:30: 1.5 h left, not at risk
        var breached = await RegisterAsync(clerk, world, "2026-11-30T15:00:00+08:00"); // 12:00: already breached
        var cancelled = await RegisterAsync(clerk, world, "2026-11-30T16:45:00+08:00");
        await ExpectAsync(clerk.PostAsJsonAsync($"/api/v1/calls/{cancelled.Id}/cancel", new { reason = "Customer fixed it" }, Json), HttpStatusCode.OK);

        var page = await ReadAsAsync<Page<CallDto>>(await clerk.GetAsync($"/api/v1/calls?atRisk=true&unitId={world.Unit.Id}&limit=1"), HttpStatusCode.OK);
        page.Items.Select(c => c.Id).Should().Equal(at1430.Id);
        var next = await ReadAsAsync<Page<CallDto>>(await clerk.GetAsync($"/api/v1/calls?atRisk=true&unitId={world.Unit.Id}&limit=1&cursor={page.NextCursor}"), HttpStatusCode.OK);
        next.Items.Select(c => c.Id).Should().Equal(at1500.Id);
        next.NextCursor.Should().BeNull();

        var soonest = await ReadAsync(clerk, at1430.Id);
        soonest.AtRisk.Should().BeTrue();
        soonest.WorkingHoursLeft.Should().Be(0.5m);
        var calm = await ReadAsync(clerk, at1530.Id);
        calm.AtRisk.Should().BeFalse();
        calm.WorkingHoursLeft.Should().Be(1.5m);
        (await ReadAsync(clerk, breached.Id)).Should().Match<CallDto>(c => !c.AtRisk && c.WorkingHoursLeft == 0m);
        (await ReadAsync(clerk, cancelled.Id)).Should().Match<CallDto>(c => !c.AtRisk && c.WorkingHoursLeft == null);

        await ExpectAsync(clerk.GetAsync($"/api/v1/calls?atRisk=true&status=Registered&unitId={world.Unit.Id}"), HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task R19_K1_for_a_month_with_a_closure_and_appointments_by_hand()
    {
        var (api, world, on) = await StartAsync("KCL", "2026-12-01T01:00:00Z");
        await using var _ = api;
        using var clerk = on(world.Clerk);
        using var supervisor = on(world.Supervisor);
        using var technician = on(world.Technician);

        // A: due 14:00, the typhoon moves it to Wednesday 13:30; reached Wednesday 11:00: on time (late by the old deadline).
        var a = await RegisterAsync(clerk, world, "2026-11-30T16:00:00+08:00");
        // B: the customer wants Wednesday from 16:00 (due 17:00, moved by nothing); reached 16:30: on time.
        var b = await RegisterAsync(clerk, world, "2026-12-01T08:45:00+08:00", new { notBefore = "2026-12-02T16:00:00+08:00" });
        // C: due Tuesday 15:45, moved to Wednesday 15:15; reached 16:00: late.
        var c = await RegisterAsync(clerk, world, "2026-12-01T08:45:00+08:00");
        // D: due Monday 16:00, never reached: late. E: cancelled before its deadline: left out.
        var d = await RegisterAsync(clerk, world, "2026-11-30T09:00:00+08:00");
        var e = await RegisterAsync(clerk, world, "2026-12-01T08:50:00+08:00");
        await ExpectAsync(clerk.PostAsJsonAsync($"/api/v1/calls/{e.Id}/cancel", new { reason = "Customer fixed it" }, Json), HttpStatusCode.OK);
        await ExpectAsync(supervisor.PostAsJsonAsync($"/api/v1/units/{world.Unit.Id}/closures", new { from = "2026-12-01T09:00:00+08:00", to = "2026-12-01T17:30:00+08:00", reason = "Typhoon" }, Json), HttpStatusCode.Created);
        (await ReadAsync(clerk, b.Id)).DispatchDeadline.Should().Be(At("2026-12-02T17:00:00+08:00"));

        api.Clock.SetUtcNow(At("2026-12-02T17:10:00+08:00"));
        foreach (var (call, arrivedAt) in new[] { (a, "2026-12-02T11:00:00+08:00"), (b, "2026-12-02T16:30:00+08:00"), (c, "2026-12-02T16:00:00+08:00") })
        {
            await ExpectAsync(supervisor.PostAsJsonAsync($"/api/v1/calls/{call.Id}/dispatch", new { technicianId = world.TechnicianId, dispatchedAt = "2026-12-02T08:40:00+08:00" }, Json), HttpStatusCode.OK);
            await ExpectAsync(technician.PostAsJsonAsync($"/api/v1/calls/{call.Id}/arrival", new { arrivedAt }, Json), HttpStatusCode.OK);
        }

        var kpi = await ReadAsAsync<KpiReportDto>(await supervisor.GetAsync($"/api/v1/reports/kpi?unitId={world.Unit.Id}&from=2026-11-30&to=2026-12-02"), HttpStatusCode.OK);
        var onTime = kpi.Groups.Single().OnTime;
        (onTime.Numerator, onTime.Denominator).Should().Be((2L, 4L), "A and B on time against the deadlines in force; C and D late; E left out");
        (await ReadAsync(clerk, d.Id)).DeadlineBasis.Should().Be(DeadlineBasis.ServiceLevel);
    }

    [Test]
    public async Task R19_registrations_racing_a_closure_each_end_with_the_deadline_of_the_calendar_they_saw_and_none_half_moved()
    {
        var (api, world, on) = await StartAsync("RAC", "2026-12-01T01:00:00Z");
        await using var _ = api;
        using var supervisor = on(world.Supervisor);
        var clerks = Enumerable.Range(0, 6).Select(_ => on(world.Clerk)).ToList();
        var products = new List<(Guid Customer, Guid Certificate)>();
        for (var i = 0; i < 12; i++)
        {
            var (customer, certificate) = await world.CustomerWithProductAsync();
            products.Add((customer.Id, certificate.Id));
        }

        var registrations = products.Select((p, i) => Task.Run(async () =>
            await clerks[i % clerks.Count].PostAsJsonAsync("/api/v1/calls", new { customerId = p.Customer, certificateId = p.Certificate, channel = "Phone", receivedAt = "2026-12-01T08:45:00+08:00", problem = "No cooling" }, Json))).ToList();
        var closure = Task.Run(async () => await supervisor.PostAsJsonAsync($"/api/v1/units/{world.Unit.Id}/closures", new { from = "2026-12-01T09:00:00+08:00", to = "2026-12-01T17:30:00+08:00", reason = "Typhoon" }, Json));
        await Task.WhenAll([.. registrations, closure]);

        var declared = await ReadAsAsync<ClosureChangeDto>(await closure, HttpStatusCode.Created);
        var calls = new List<CallDto>();
        foreach (var registration in registrations)
        {
            var created = await ReadAsAsync<CallDto>(await registration, HttpStatusCode.Created);
            calls.Add(await ReadAsync(supervisor, created.Id));
        }

        foreach (var call in calls)
        {
            var moved = call.Timeline!.Any(l => l.Kind == ServiceEventKind.DeadlineMoved);
            if (call.DispatchDeadline == At("2026-12-01T15:45:00+08:00"))
            {
                call.DeadlineBasis.Should().Be(DeadlineBasis.ServiceLevel, "saw the calendar before the closure and was not moved");
                moved.Should().BeFalse();
            }
            else
            {
                call.DispatchDeadline.Should().Be(At("2026-12-02T15:15:00+08:00"), "saw the closure, at registration or when it moved the call");
                call.DeadlineBasis.Should().Be(DeadlineBasis.Closure);
            }
        }

        calls.Count(c => c.Timeline!.Any(l => l.Kind == ServiceEventKind.DeadlineMoved)).Should().Be(declared.CallsMoved, "every call the closure says it moved, and only those, carry the move");
    }

    [Test]
    public async Task R14_R27_R19_a_closure_moves_repair_cards_promises_and_open_complaints_step_deadlines_too_and_cancelling_it_restores_them()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "TYC");
        var intake = await world.InWorkshopAsync(TimeSpan.FromDays(3));
        var complaint = await ReadAsAsync<AfterSales.Application.Complaints.ComplaintDto>(
            await world.Clerk.PostAsJsonAsync("/api/v1/complaints", new { source = "Telephone", callId = intake.Call.Id, words = "Still not repaired." }, Json), HttpStatusCode.Created);

        // This API's clock is the shared one's, so the closure falls inside the promise's and the triage's spans.
        // Four days hold a whole working day whatever the day of the week the run falls on (two from a Friday evening hold none).
        await using var api = new AfterSalesApiFactory(Db.ConnectionString, settings: new Dictionary<string, string?> { ["RateLimiting:Enabled"] = "false" });
        var shared = ApiTestRun.Api.Clock.GetUtcNow();
        if (shared > api.Clock.GetUtcNow())
        {
            api.Clock.SetUtcNow(shared);
        }

        var now = api.Clock.GetUtcNow();
        using var supervisor = api.CreateClient();
        supervisor.DefaultRequestHeaders.Authorization = world.Supervisor.DefaultRequestHeaders.Authorization;

        var declared = await ReadAsAsync<ClosureChangeDto>(await supervisor.PostAsJsonAsync($"/api/v1/units/{world.Unit.Id}/closures", new
        {
            from = now, to = now.AddDays(4), reason = "Typhoon",
        }, Json), HttpStatusCode.Created);
        (declared.CardsMoved, declared.ComplaintsMoved).Should().Be((1, 1));

        var card = await ReadAsAsync<AfterSales.Application.RepairCards.RepairCardDto>(await supervisor.GetAsync($"/api/v1/repair-cards/{intake.RepairCard.Id}"), HttpStatusCode.OK);
        card.PromisedAtAsGiven.Should().Be(intake.RepairCard.PromisedAt);
        card.PromisedAt.Should().BeAfter(card.PromisedAtAsGiven, "the closed working time comes after the promise");
        var moved = await ReadAsAsync<AfterSales.Application.Complaints.ComplaintDto>(await supervisor.GetAsync($"/api/v1/complaints/{complaint.Id}"), HttpStatusCode.OK);
        moved.NextDeadline!.DueAt.Should().BeAfter(complaint.NextDeadline!.DueAt);

        await ExpectAsync(supervisor.PostAsJsonAsync($"/api/v1/units/{world.Unit.Id}/closures/{declared.Closure.Id}/cancel", new { reason = "Declared by mistake" }, Json), HttpStatusCode.OK);
        (await ReadAsAsync<AfterSales.Application.RepairCards.RepairCardDto>(await supervisor.GetAsync($"/api/v1/repair-cards/{intake.RepairCard.Id}"), HttpStatusCode.OK))
            .PromisedAt.Should().Be(intake.RepairCard.PromisedAt);
        (await ReadAsAsync<AfterSales.Application.Complaints.ComplaintDto>(await supervisor.GetAsync($"/api/v1/complaints/{complaint.Id}"), HttpStatusCode.OK))
            .NextDeadline!.DueAt.Should().Be(complaint.NextDeadline!.DueAt);
    }
}
