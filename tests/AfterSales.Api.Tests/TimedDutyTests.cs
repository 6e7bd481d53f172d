using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Support;
using AfterSales.Application.Calls;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Complaints;
using AfterSales.Application.Duties;
using AfterSales.Domain.Common;
using AfterSales.Infrastructure.Duties;
using Microsoft.Extensions.DependencyInjection;
using static AfterSales.Api.Tests.Support.ServiceUnitWorld;

namespace AfterSales.Api.Tests;

/// <summary>
/// The timed duties (R24, R19, R14, R27, R20, R15) run by two API instances on one database with the same
/// fake clock: each piece of due work is done once between them, a second round changes nothing, and a duty
/// that fails before its commit leaves no claim and is done, once, by the next round.
/// </summary>
[NonParallelizable]
public class TimedDutyTests : ApiTest
{
    private static string Taipei(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly TodayInTaipei => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(ApiTestRun.Api.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Taipei")).DateTime);

    /// <summary>An instance whose clock reads <paramref name="now"/>.</summary>
    private static AfterSalesApiFactory Instance(DateTimeOffset now, Action<IServiceCollection>? services = null) =>
        new(Db.ConnectionString, settings: new Dictionary<string, string?> { ["RateLimiting:Enabled"] = "false" }, services: services, clockStart: now);

    private static DutyRunner Runner(AfterSalesApiFactory api) => api.Services.GetRequiredService<DutyRunner>();

    private static Task<long> EventsAsync(string type, Guid subjectId) =>
        Db.CountAsync($"SELECT count(*) FROM outbox_events WHERE type = '{type}' AND subject_id = '{subjectId}'");

    [Test]
    public async Task R24_R19_R14_R27_R15_two_instances_on_one_clock_do_each_due_duty_once_and_a_second_round_changes_nothing()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "DTY");
        var yesterday = TodayInTaipei.AddDays(-1);
        var dayBefore = TodayInTaipei.AddDays(-2);

        // R24: yesterday's register is left to the duty; the day before's the clerk sends himself.
        var unsent = await world.NewCallAsync($"{Taipei(yesterday)}T10:00:00+08:00");
        await world.NewCallAsync($"{Taipei(dayBefore)}T10:00:00+08:00");
        await ExpectAsync(world.Clerk.PostAsync($"/api/v1/registers/calls/{world.Unit.Id}/{Taipei(dayBefore)}/send", null), HttpStatusCode.OK);

        // R14: a card promised an hour from now. R27: a complaint about it. R19: a call received now.
        var intake = await world.InWorkshopAsync(TimeSpan.FromHours(1));
        var complaint = await ReadAsAsync<ComplaintDto>(await world.Clerk.PostAsJsonAsync("/api/v1/complaints", new
        {
            source = "Telephone", callId = intake.Call.Id, words = "Still not repaired.",
        }, Json), HttpStatusCode.Created);
        var (customer, certificate) = await world.CustomerWithProductAsync();
        var waiting = await world.RegisterCallAsync(customer.Id, certificate.Id, ApiTestRun.Api.Clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));

        // Half an hour of real time before the waiting call's deadline is less than an hour of working time
        // before it, so the call is at risk; by then the card's promise has passed and yesterday's register is due.
        var first = waiting.DispatchDeadline.AddMinutes(-30);
        await using var a = Instance(first);
        await using var b = Instance(first);
        var done = await Task.WhenAll(Runner(a).RunDueAsync(CancellationToken.None), Runner(b).RunDueAsync(CancellationToken.None));

        (done[0] + done[1]).Should().Be((int)await Db.CountAsync("SELECT count(*) FROM duty_runs"), "every piece done was claimed by exactly one instance");
        (await Db.CountAsync($"SELECT count(*) FROM sent_call_registers WHERE unit_id = '{world.Unit.Id}' AND date = '{Taipei(yesterday)}' AND sent_by IS NULL"))
            .Should().Be(1, "R24: the register nobody sent goes out once, by no one");
        (await Db.CountAsync($"SELECT count(*) FROM survey_cards WHERE call_id = '{unsent.Id}'")).Should().Be(1, "R24: one card for the call");
        (await Db.CountAsync($"SELECT count(*) FROM sent_call_registers WHERE date = '{Taipei(dayBefore)}' AND sent_by IS NOT NULL"))
            .Should().Be(1, "the clerk's own sending stands and is not repeated");
        (await Db.CountAsync("SELECT count(*) FROM outbox_events WHERE type = 'CallRegisterSent'")).Should().Be(2, "the clerk's and the duty's, one each");
        (await Db.CountAsync("SELECT count(*) FROM audit_entries WHERE command = 'SendDayRegisters' AND actor_id IS NULL AND actor_roles = 'System'"))
            .Should().BeGreaterThan(0, "the duty's change has its audit line, by the system");
        (await EventsAsync("CallDeadlineAtRisk", waiting.Id)).Should().Be(1, "R19");
        (await EventsAsync("RepairCardLate", intake.RepairCard.Id)).Should().Be(1, "R14");
        (await EventsAsync("ComplaintOverdue", complaint.Id)).Should().Be(0, "R27: its triage is not due yet");
        (await Db.CountAsync("SELECT count(*) FROM outbox_events WHERE type = 'TechnicianDailyReportMissing'"))
            .Should().Be(0, "R15: the technicians were hired today, so no earlier day was theirs to report");

        // The same moment again, on both: nothing is left to do.
        var again = await Task.WhenAll(Runner(a).RunDueAsync(CancellationToken.None), Runner(b).RunDueAsync(CancellationToken.None));
        again.Should().Equal(0, 0);

        // Past the complaint's triage deadline: the triage is announced once; what was announced stays announced.
        var triageDue = complaint.NextDeadline!.DueAt;
        a.Clock.SetUtcNow(triageDue.AddMinutes(1));
        b.Clock.SetUtcNow(triageDue.AddMinutes(1));
        await Task.WhenAll(Runner(a).RunDueAsync(CancellationToken.None), Runner(b).RunDueAsync(CancellationToken.None));
        (await EventsAsync("ComplaintOverdue", complaint.Id)).Should().Be(1, "R27");
        (await EventsAsync("RepairCardLate", intake.RepairCard.Id)).Should().Be(1);
        (await EventsAsync("CallDeadlineAtRisk", waiting.Id)).Should().Be(1);

        // A week on: every business day since the hiring has passed its next opening without a report (R15).
        var week = first.AddDays(7);
        a.Clock.SetUtcNow(week);
        b.Clock.SetUtcNow(week);
        await Task.WhenAll(Runner(a).RunDueAsync(CancellationToken.None), Runner(b).RunDueAsync(CancellationToken.None));
        var missing = await Db.CountAsync("SELECT count(*) FROM outbox_events WHERE type = 'TechnicianDailyReportMissing'");
        missing.Should().BeGreaterThanOrEqualTo(2 * 3, "R15: both technicians, for at least three business days of a week");
        (await Db.CountAsync("SELECT count(DISTINCT (subject_id, payload->>'date')) FROM outbox_events WHERE type = 'TechnicianDailyReportMissing'"))
            .Should().Be(missing, "each technician's day once");
        (await Db.CountAsync($"SELECT count(DISTINCT subject_id) FROM outbox_events WHERE type = 'TechnicianDailyReportMissing' AND subject_id IN ('{world.TechnicianId}', '{world.OtherTechnicianId}')"))
            .Should().Be(2);
        (await Db.CountAsync("SELECT count(*) FROM duty_runs")).Should().Be(await Db.CountAsync(
            "SELECT count(*) FROM outbox_events WHERE type IN ('CallDeadlineAtRisk', 'RepairCardLate', 'ComplaintOverdue', 'TechnicianDailyReportMissing', 'ContractExpiryNoticeDue')")
            + await Db.CountAsync("SELECT count(*) FROM sent_call_registers WHERE sent_by IS NULL"), "one claim for each thing done, none done twice");
    }

    [Test]
    public async Task R20_a_notice_falling_due_is_announced_once()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "DTN");
        var (customer, certificate) = await world.CustomerWithProductAsync();
        await ExpectAsync(world.Clerk.PostAsJsonAsync("/api/v1/contracts", new
        {
            customerId = customer.Id,
            certificateIds = new[] { certificate.Id },
            startsOn = Taipei(TodayInTaipei.AddMonths(-11)),
            endsOn = Taipei(TodayInTaipei.AddDays(20)),
            fee = new { amount = 4800, currency = "TWD" },
        }, Json), HttpStatusCode.Created);
        var notice = await Db.ScalarAsync<Guid>("SELECT id FROM contract_expiry_notices");

        var now = ApiTestRun.Api.Clock.GetUtcNow();
        await using var a = Instance(now);
        await using var b = Instance(now);
        await Task.WhenAll(Runner(a).RunDueAsync(CancellationToken.None), Runner(b).RunDueAsync(CancellationToken.None));
        await Runner(a).RunDueAsync(CancellationToken.None);

        (await EventsAsync("ContractExpiryNoticeDue", notice)).Should().Be(1, "R20: due at once (less than a month left), told once");
    }

    /// <summary>A duty that fails after its work, before the commit, the first time it runs: as a crash would.</summary>
    private sealed class FailingOnce(Flag flag) : ITimedDuty
    {
        public string Name => "FailingOnce";

        public Task<IReadOnlyList<DueWork>> FindDueAsync(IApplicationDbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<DueWork>>(db.DutyRuns.Any(r => r.Duty == Name) ? [] : [new DueWork(Name, flag.UnitId, flag.UnitId, flag.DueAt)]);

        public Task PerformAsync(IApplicationDbContext db, DueWork work, DateTimeOffset now, CancellationToken cancellationToken)
        {
            db.OutboxEvents.Add(AfterSales.Application.Events.OutboxEvent.Of(work.UnitId, "FailingOnceDone", "Unit", work.SubjectId, now, new { }));
            if (!flag.Failed)
            {
                flag.Failed = true;
                throw new InvalidOperationException("The process died here.");
            }

            return Task.CompletedTask;
        }
    }

    private sealed class Flag(Guid unitId, DateTimeOffset dueAt)
    {
        public Guid UnitId { get; } = unitId;

        public DateTimeOffset DueAt { get; } = dueAt;

        public bool Failed { get; set; }
    }

    [Test]
    public async Task A_duty_that_fails_before_its_commit_leaves_no_claim_and_the_next_round_does_it_once()
    {
        using var admin = await ClientAsAsync(Role.Admin);
        using var world = await CreateAsync(admin, "DTF");
        var now = ApiTestRun.Api.Clock.GetUtcNow();
        var flag = new Flag(world.Unit.Id, now.AddMinutes(-1));
        await using var api = Instance(now, services => services.AddScoped<ITimedDuty>(_ => new FailingOnce(flag)));

        await Runner(api).RunDueAsync(CancellationToken.None);
        flag.Failed.Should().BeTrue();
        (await Db.CountAsync("SELECT count(*) FROM duty_runs WHERE duty = 'FailingOnce'")).Should().Be(0, "the claim rolled back with the work");
        (await EventsAsync("FailingOnceDone", world.Unit.Id)).Should().Be(0);

        await Runner(api).RunDueAsync(CancellationToken.None);
        await Runner(api).RunDueAsync(CancellationToken.None);
        (await Db.CountAsync("SELECT count(*) FROM duty_runs WHERE duty = 'FailingOnce'")).Should().Be(1);
        (await EventsAsync("FailingOnceDone", world.Unit.Id)).Should().Be(1, "done once after the failure");
    }
}
