using AfterSales.Domain.Calendars;
using AfterSales.Domain.Complaints;
using AfterSales.Domain.Tests.Calls;
using static AfterSales.Domain.Tests.TestSupport;

namespace AfterSales.Domain.Tests.Complaints;

public class ComplaintPolicyTests
{
    private static readonly ComplaintFollowUpTimes Times = new(
        TimeSpan.FromHours(8), TimeSpan.FromHours(8), TimeSpan.FromHours(8), TimeSpan.FromHours(24), TimeSpan.FromHours(24), TimeSpan.FromHours(40));

    private static readonly Guid Supervisor = Guid.NewGuid();
    private static readonly Guid ServiceDepartment = Guid.NewGuid();
    private static readonly Guid ViceGeneralManager = Guid.NewGuid();
    private static readonly Guid Technician = Guid.NewGuid();

    private static Complaint Received(WorkingCalendar? calendar = null, string at = "2026-12-01T09:00:00+08:00") =>
        Complaint.Receive(Guid.NewGuid(), "TPE-C2026-000001", Guid.NewGuid(), ComplaintSource.Telephone, Guid.NewGuid(), "Lin", Guid.NewGuid(), Technician, null,
            "The technician was rude.", At(at), ServiceDepartment, Times, calendar ?? CallTestData.TaipeiOffice());

    private static Complaint Triaged(ComplaintSeverity severity)
    {
        var complaint = Received();
        complaint.Triage(severity, ServiceDepartment, byViceGeneralManager: false, At("2026-12-01T10:00:00+08:00"), Times, CallTestData.TaipeiOffice());
        return complaint;
    }

    private static void Visit(Complaint complaint) =>
        complaint.RecordVisit(Supervisor, isTheUnitsSupervisor: true, At("2026-12-01T14:00:00+08:00"), "Apologised; re-checked the unit.", customerRefused: false, At("2026-12-01T15:00:00+08:00"));

    private static void Reply(Complaint complaint, ReplyChannel channel = ReplyChannel.Letter) =>
        complaint.Reply(channel, "We apologise and have retrained the technician.", ServiceDepartment, At("2026-12-01T16:00:00+08:00"), At("2026-12-01T16:00:00+08:00"));

    [Test]
    public void R26_closing_an_untouched_complaint_names_every_missing_step()
    {
        var complaint = Received();

        var refusal = FluentActions.Invoking(() => complaint.Close(null, null, ServiceDepartment, At("2026-12-01T11:00:00+08:00")))
            .Should().Throw<Common.BusinessRuleViolationException>().Which;

        refusal.Rule.Should().BeOfType<ComplaintClosesOnlyWhenEveryStepIsDoneRule>()
            .Which.MissingSteps.Should().Equal("Triage", "Visit", "Reply", "Finding");
        complaint.Status.Should().Be(ComplaintStatus.Received);
    }

    [Test]
    public void R28_a_general_complaint_cannot_close_without_the_visit()
    {
        var complaint = Triaged(ComplaintSeverity.General);
        Reply(complaint, ReplyChannel.Telephone);

        var refusal = FluentActions.Invoking(() => complaint.Close(false, "Explained the charge.", ServiceDepartment, At("2026-12-01T17:00:00+08:00")))
            .Should().Throw<Common.BusinessRuleViolationException>().Which;
        ((ComplaintClosesOnlyWhenEveryStepIsDoneRule)refusal.Rule).MissingSteps.Should().Equal("Visit");

        Visit(complaint);
        complaint.Close(false, "Explained the charge.", ServiceDepartment, At("2026-12-01T17:00:00+08:00"));
        complaint.Status.Should().Be(ComplaintStatus.Closed);
        complaint.Finding!.ServiceFault.Should().BeFalse();
    }

    [Test]
    public void R26_a_serious_complaint_cannot_close_without_the_vice_general_managers_review()
    {
        var complaint = Triaged(ComplaintSeverity.Serious);
        complaint.IsSerious.Should().BeTrue();
        Visit(complaint);
        Reply(complaint);

        var refusal = FluentActions.Invoking(() => complaint.Close(true, "Technician retrained.", ServiceDepartment, At("2026-12-01T17:00:00+08:00")))
            .Should().Throw<Common.BusinessRuleViolationException>().Which;
        ((ComplaintClosesOnlyWhenEveryStepIsDoneRule)refusal.Rule).MissingSteps.Should().Equal("Review");

        complaint.Review(ReviewDecision.PassedOn, "Branch manager to call the customer.", ViceGeneralManager, At("2026-12-01T16:30:00+08:00"));
        complaint.Close(true, "Technician retrained.", ServiceDepartment, At("2026-12-01T17:00:00+08:00"));
        complaint.Status.Should().Be(ComplaintStatus.Closed);
    }

    [Test]
    public void R26_the_review_is_for_serious_complaints_once_and_passing_on_needs_instructions()
    {
        AssertBrokenRule<OnlySeriousComplaintsAreReviewedRule>(() => Triaged(ComplaintSeverity.General).Review(ReviewDecision.Handled, null, ViceGeneralManager, At("2026-12-01T11:00:00+08:00")));
        AssertBrokenRule<OnlySeriousComplaintsAreReviewedRule>(() => Received().Review(ReviewDecision.Handled, null, ViceGeneralManager, At("2026-12-01T11:00:00+08:00")));
        AssertBrokenRule<PassingOnNeedsInstructionsRule>(() => Triaged(ComplaintSeverity.Serious).Review(ReviewDecision.PassedOn, " ", ViceGeneralManager, At("2026-12-01T11:00:00+08:00")));

        var complaint = Triaged(ComplaintSeverity.Serious);
        complaint.Review(ReviewDecision.Handled, null, ViceGeneralManager, At("2026-12-01T11:00:00+08:00"));
        AssertBrokenRule<ComplaintIsReviewedOnceRule>(() => complaint.Review(ReviewDecision.Handled, null, ViceGeneralManager, At("2026-12-01T11:30:00+08:00")));
    }

    [Test]
    public void R26_general_may_become_serious_but_only_the_vice_general_manager_makes_serious_general()
    {
        var complaint = Triaged(ComplaintSeverity.General);
        complaint.Triage(ComplaintSeverity.Serious, ServiceDepartment, byViceGeneralManager: false, At("2026-12-01T11:00:00+08:00"), Times, CallTestData.TaipeiOffice());
        ComplaintPolicy.RemainingSteps(complaint).Should().Contain(ComplaintStep.Review, "a complaint raised to Serious then needs the review");

        AssertBrokenRule<OnlyTheViceGeneralManagerDowngradesRule>(() =>
            complaint.Triage(ComplaintSeverity.General, ServiceDepartment, byViceGeneralManager: false, At("2026-12-01T11:30:00+08:00"), Times, CallTestData.TaipeiOffice()));
        AssertBrokenRule<SeverityMustChangeRule>(() =>
            complaint.Triage(ComplaintSeverity.Serious, ServiceDepartment, byViceGeneralManager: false, At("2026-12-01T11:30:00+08:00"), Times, CallTestData.TaipeiOffice()));

        complaint.Triage(ComplaintSeverity.General, ViceGeneralManager, byViceGeneralManager: true, At("2026-12-01T11:30:00+08:00"), Times, CallTestData.TaipeiOffice());
        complaint.IsSerious.Should().BeFalse();
        ComplaintPolicy.RemainingSteps(complaint).Should().NotContain(ComplaintStep.Review);
        ComplaintPolicy.MayChangeSeverity(ComplaintSeverity.General, ComplaintSeverity.Serious, byViceGeneralManager: false).Should().BeTrue();
    }

    [Test]
    public void R26_a_serious_complaint_is_answered_by_letter_and_a_telephone_answer_stops_counting_when_one_becomes_serious()
    {
        AssertBrokenRule<SeriousComplaintIsRepliedByLetterRule>(() => Reply(Triaged(ComplaintSeverity.Serious), ReplyChannel.Telephone));
        AssertBrokenRule<ComplaintMustBeTriagedRule>(() => Reply(Received()));

        var complaint = Triaged(ComplaintSeverity.General);
        Reply(complaint, ReplyChannel.Telephone);
        ComplaintPolicy.RemainingSteps(complaint).Should().NotContain(ComplaintStep.Reply);
        AssertBrokenRule<ComplaintIsRepliedOnceRule>(() => Reply(complaint, ReplyChannel.Letter));

        complaint.Triage(ComplaintSeverity.Serious, ServiceDepartment, byViceGeneralManager: false, At("2026-12-01T17:00:00+08:00"), Times, CallTestData.TaipeiOffice());
        ComplaintPolicy.RemainingSteps(complaint).Should().Contain(ComplaintStep.Reply);
        complaint.Reply(ReplyChannel.Letter, "Formal letter.", ServiceDepartment, At("2026-12-01T17:10:00+08:00"), At("2026-12-01T17:10:00+08:00"));
        complaint.Replies.Should().HaveCount(2, "the telephone answer stays on record");
        ComplaintPolicy.RemainingSteps(complaint).Should().NotContain(ComplaintStep.Reply);
    }

    [Test]
    public void R28_the_technician_complained_about_never_visits_nor_is_designated()
    {
        var complaint = Triaged(ComplaintSeverity.General);
        var unit = complaint.UnitId;

        AssertBrokenRule<TheTechnicianComplainedAboutNeverVisitsRule>(() => complaint.Designate(Technician, unit, Supervisor));
        AssertBrokenRule<DesigneeMustServeTheUnitRule>(() => complaint.Designate(Guid.NewGuid(), Guid.NewGuid(), Supervisor));
        AssertBrokenRule<TheTechnicianComplainedAboutNeverVisitsRule>(() =>
            complaint.RecordVisit(Technician, isTheUnitsSupervisor: true, At("2026-12-01T14:00:00+08:00"), "-", false, At("2026-12-01T15:00:00+08:00")));
        ComplaintPolicy.MayVisit(complaint, Technician, isTheUnitsSupervisor: true).Should().BeFalse();
    }

    [Test]
    public void R28_the_visit_is_by_the_units_supervisor_or_the_designee_only()
    {
        var complaint = Triaged(ComplaintSeverity.General);
        var colleague = Guid.NewGuid();
        AssertBrokenRule<VisitIsByTheSupervisorOrTheDesigneeRule>(() =>
            complaint.RecordVisit(colleague, isTheUnitsSupervisor: false, At("2026-12-01T14:00:00+08:00"), "-", false, At("2026-12-01T15:00:00+08:00")));

        complaint.Designate(colleague, complaint.UnitId, Supervisor);
        ComplaintPolicy.MayVisit(complaint, colleague, isTheUnitsSupervisor: false).Should().BeTrue();
        complaint.RecordVisit(colleague, isTheUnitsSupervisor: false, At("2026-12-01T14:00:00+08:00"), "Replaced the filter free of charge.", false, At("2026-12-01T15:00:00+08:00"));
        complaint.VisitSettledAt.Should().Be(At("2026-12-01T14:00:00+08:00"));
        AssertBrokenRule<VisitIsSettledOnceRule>(() => Visit(complaint));
    }

    [Test]
    public void R28_a_refused_visit_takes_the_visits_place_only_once_the_service_department_accepts_it()
    {
        var complaint = Triaged(ComplaintSeverity.General);
        AssertBrokenRule<OnlyARecordedRefusalIsAcceptedRule>(() => complaint.AcceptRefusedVisit(ServiceDepartment, At("2026-12-01T15:00:00+08:00")));

        complaint.RecordVisit(Supervisor, isTheUnitsSupervisor: true, At("2026-12-01T14:00:00+08:00"), "Customer declined to meet.", customerRefused: true, At("2026-12-01T14:30:00+08:00"));
        ComplaintPolicy.RemainingSteps(complaint).Should().Contain(ComplaintStep.Visit, "a refusal alone does not settle the visit");

        complaint.AcceptRefusedVisit(ServiceDepartment, At("2026-12-01T15:00:00+08:00"));
        ComplaintPolicy.RemainingSteps(complaint).Should().NotContain(ComplaintStep.Visit);
        complaint.RefusalAcceptedBy.Should().Be(ServiceDepartment);
    }

    [Test]
    public void R27_step_deadlines_run_in_the_units_working_hours_across_a_weekend_and_a_holiday()
    {
        // Taipei office: 08:30–12:00 and 13:00–17:30 on weekdays (8 working hours); Monday 7 December a holiday.
        var calendar = CallTestData.TaipeiOffice(new DateOnly(2026, 12, 7));
        var complaint = Received(calendar, at: "2026-12-04T16:00:00+08:00");

        complaint.TriageDueAt.Should().Be(At("2026-12-08T16:00:00+08:00"), "1.5 h on Friday, the weekend and the holiday skipped, 6.5 h on Tuesday");

        complaint.Triage(ComplaintSeverity.General, ServiceDepartment, false, At("2026-12-08T10:00:00+08:00"), Times, calendar);
        complaint.VisitDueAt.Should().Be(At("2026-12-11T10:00:00+08:00"), "24 working hours: 6.5 Tue, 8 Wed, 8 Thu, 1.5 Fri");
        complaint.ReplyDueAt.Should().Be(At("2026-12-15T10:00:00+08:00"), "40 working hours, over the weekend");
        complaint.ReviewDueAt.Should().BeNull();

        ComplaintPolicy.OverdueSteps(complaint, At("2026-12-11T10:00:00+08:00")).Should().BeEmpty();
        ComplaintPolicy.OverdueSteps(complaint, At("2026-12-11T10:00:01+08:00")).Should().Equal(ComplaintStep.Visit);
        ComplaintPolicy.Overdue.IsSatisfiedBy(complaint, At("2026-12-11T10:00:01+08:00")).Should().BeTrue();
        ComplaintPolicy.NextDeadline(complaint).Should().Be((ComplaintStep.Visit, At("2026-12-11T10:00:00+08:00")));
    }

    [Test]
    public void R27_a_complaint_is_overdue_while_a_step_is_late_and_no_longer_once_the_step_is_done()
    {
        var complaint = Received(at: "2026-12-01T09:00:00+08:00");
        var late = At("2026-12-02T09:00:01+08:00");
        ComplaintPolicy.Overdue.IsSatisfiedBy(complaint, late).Should().BeTrue("triage was due after 8 working hours");
        ComplaintPolicy.OverdueSteps(complaint, late).Should().Equal(ComplaintStep.Triage);
        ComplaintPolicy.OverdueDeadlines(complaint, late).Should().Equal((ComplaintStep.Triage, complaint.TriageDueAt));

        complaint.Triage(ComplaintSeverity.Serious, ServiceDepartment, false, late, Times, CallTestData.TaipeiOffice());
        ComplaintPolicy.Overdue.IsSatisfiedBy(complaint, late).Should().BeFalse();
        complaint.ReviewDueAt.Should().Be(At("2026-12-03T09:00:01+08:00"));

        complaint.Chase("Please review today.", ServiceDepartment, At("2026-12-03T10:00:00+08:00"));
        complaint.Chases.Should().ContainSingle().Which.Should().Match<ComplaintChase>(c => c.Step == ComplaintStep.Review && c.StepWasOverdue);
    }

    [Test]
    public void R26_a_closed_complaint_reopens_with_a_reason_keeps_its_finding_and_needs_a_new_answer()
    {
        var complaint = Triaged(ComplaintSeverity.General);
        Visit(complaint);
        Reply(complaint, ReplyChannel.Telephone);
        complaint.Close(false, "Explained.", ServiceDepartment, At("2026-12-01T17:00:00+08:00"));
        AssertBrokenRule<ComplaintMustBeOpenRule>(() => complaint.Chase("-", ServiceDepartment, At("2026-12-01T17:10:00+08:00")));

        complaint.Reopen("The customer called again.", ServiceDepartment, At("2026-12-02T09:00:00+08:00"), Times, CallTestData.TaipeiOffice());

        complaint.Status.Should().Be(ComplaintStatus.Open);
        complaint.Reopenings.Should().ContainSingle().Which.PreviousFinding.Actions.Should().Be("Explained.");
        ComplaintPolicy.RemainingSteps(complaint).Should().Equal(ComplaintStep.Reply, ComplaintStep.Finding);
        complaint.ReplyDueAt.Should().Be(At("2026-12-09T09:00:00+08:00"), "40 working hours from the reopening: 7.5 Wed, 8 Thu, 8 Fri, 8 Mon, 8 Tue, 0.5 Wed");
        AssertBrokenRule<ComplaintMustBeClosedRule>(() => complaint.Reopen("again", ServiceDepartment, At("2026-12-02T09:00:00+08:00"), Times, CallTestData.TaipeiOffice()));
    }

    [Test]
    public void R27_R19_a_closure_moves_a_complaints_running_step_deadlines_and_a_complaint_received_during_it_counts_from_its_end()
    {
        // Triaged General Tuesday 10:00: visit due in 24 working hours, reply in 40.
        var complaint = Triaged(ComplaintSeverity.General);
        var visit = complaint.VisitDueAt!.Value;
        var unit = CallTestData.Unit();
        unit.DeclareClosure(Guid.NewGuid(), At("2026-12-02T08:00:00+08:00"), At("2026-12-02T13:00:00+08:00"), Units.ClosureReason.Typhoon, null, Supervisor, At("2026-12-02T07:00:00+08:00"));

        complaint.FollowClosures(unit.DeadlineCalendar).Should().BeTrue();
        unit.DeadlineCalendar.WorkingTimeBetween(At("2026-12-01T10:00:00+08:00"), complaint.VisitDueAt!.Value).Should().Be(TimeSpan.FromHours(24));
        complaint.VisitDueAt.Should().BeAfter(visit);
        complaint.DeadlinesAsGiven.Visit.Should().Be(visit);
        complaint.FollowClosures(unit.DeadlineCalendar).Should().BeFalse("following the same closures again moves nothing");

        var during = Received(unit.DeadlineCalendar, "2026-12-02T09:00:00+08:00");
        during.TriageDueAt.Should().Be(At("2026-12-03T12:00:00+08:00"), "8 working hours from 13:00: 4.5 h Wednesday, 3.5 h Thursday");
    }
}
