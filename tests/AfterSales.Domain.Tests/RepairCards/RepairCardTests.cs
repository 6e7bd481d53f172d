using AfterSales.Domain.Billing;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Common;
using AfterSales.Domain.Units;
using AfterSales.Domain.Registers;
using AfterSales.Domain.RepairCards;
using static AfterSales.Domain.Tests.Calls.CallTestData;
using static AfterSales.Domain.Tests.TestSupport;

namespace AfterSales.Domain.Tests.RepairCards;

/// <summary>The repair card's state machine (R11, R12) and escalation (R14), rule by rule.</summary>
public class RepairCardTests
{
    private static readonly Guid Tech = Guid.NewGuid();
    private static readonly Guid Supervisor = Guid.NewGuid();
    private static readonly DateTimeOffset Opened = At("2026-12-01T11:00:00+08:00");

    private static (RepairCall Call, PickupReceipt Receipt, RepairCard Card) InWorkshop(string promised = "2026-12-02T17:00:00+08:00")
    {
        var call = NewCall();
        call.Dispatch(Tech, At("2026-12-01T09:10:00+08:00"), At("2026-12-01T09:10:00+08:00"), null, null);
        call.RecordArrival(Tech, At("2026-12-01T10:00:00+08:00"), At("2026-12-01T10:00:00+08:00"), TaipeiOffice());
        call.TakeToWorkshop(Tech, Opened, new Signature("Lin", Opened, Opened));
        var receipt = PickupReceipt.Issue(Guid.NewGuid(), call.UnitId, "TPE-R2026-000001", call.Id, call.CertificateId, call.CustomerName, call.ProductModel, call.SerialNumber, Opened, At(promised), Tech);
        call.ReceiveIntoWorkshop(Opened, Opened, receipt.IssuedAt, null);
        var card = RepairCard.Open(Guid.NewGuid(), "TPE-K2026-000001", call, receipt, Opened, null);
        return (call, receipt, card);
    }

    [Test]
    public void R11_taking_to_the_workshop_needs_an_arrival_and_the_customers_signature()
    {
        var call = NewCall();
        AssertBrokenRule<WorkNeedsAnArrivalRule>(() => call.TakeToWorkshop(Tech, Opened, new Signature("Lin", Opened, Opened)));

        var (taken, _, card) = InWorkshop();
        taken.Status.Should().Be(CallStatus.InWorkshop);
        taken.CustomerSignature!.SignerName.Should().Be("Lin");
        card.Status.Should().Be(RepairCardStatus.InRepair);
    }

    [Test]
    public void Promised_completion_must_be_after_opening()
    {
        var act = () => InWorkshop(promised: "2026-12-01T10:00:00+08:00");

        act.Should().Throw<BusinessRuleViolationException>().Which.Rule.Should().BeOfType<PromisedCompletionMustBeAfterOpeningRule>();
    }

    [Test]
    public void R12_work_and_parts_are_recorded_and_finishing_hands_the_card_to_inspection()
    {
        var (_, _, card) = InWorkshop();

        card.RecordWork(Tech, Opened.AddHours(1), 1.5m, "Relay", repairFinished: false);
        card.RecordPart(Tech, Opened.AddHours(1), new PartUsed("RLY-220", 2, new Money(180.5m, "TWD")));
        card.RecordWork(Tech, Opened.AddHours(2), 0.5m, "Test", repairFinished: true);

        card.TotalHours.Should().Be(2m);
        FeePolicy.Charges(ServiceType.Paid, 0m, [card.Parts.Single().Part], new Money(800m, "TWD")).Single().Amount.Should().Be(new Money(361m, "TWD"));
        card.Status.Should().Be(RepairCardStatus.AwaitingInspection);
        AssertBrokenRule<CardMustBeInRepairRule>(() => card.RecordWork(Tech, Opened.AddHours(3), 1, "More", false));
    }

    [Test]
    public void R12_inspection_only_after_the_repair_is_finished()
    {
        var (_, _, card) = InWorkshop();

        AssertBrokenRule<CardMustAwaitInspectionRule>(() => card.Inspect(Supervisor, Opened.AddHours(1), true, null));
    }

    [Test]
    public void R12_failed_inspection_needs_a_note_and_goes_back_to_repair()
    {
        var (_, _, card) = InWorkshop();
        card.RecordWork(Tech, Opened.AddHours(1), 1, "Fix", repairFinished: true);

        AssertBrokenRule<FailedInspectionNeedsANoteRule>(() => card.Inspect(Supervisor, Opened.AddHours(2), false, " "));
        card.Inspect(Supervisor, Opened.AddHours(2), false, "Still noisy");

        card.Status.Should().Be(RepairCardStatus.InRepair);
        card.Inspections.Should().ContainSingle().Which.Passed.Should().BeFalse();
    }

    [Test]
    public void R12_card_closes_only_after_a_passed_inspection_and_only_once()
    {
        var (call, receipt, card) = InWorkshop();
        AssertBrokenRule<CardCanCloseOnlyAfterPassedInspectionRule>(() => card.Close(new Signature("Lin", Opened.AddHours(3), Opened.AddHours(3)), null));

        card.RecordWork(Tech, Opened.AddHours(1), 1, "Fix", repairFinished: true);
        card.Inspect(Supervisor, Opened.AddHours(2), true, null);
        card.Close(new Signature("Lin", Opened.AddHours(3), Opened.AddHours(3)), null);
        receipt.TakeBackAndVoid(Opened.AddHours(3), "TPE-R2026-000001", null, null);
        call.CloseAfterReturn(Opened.AddHours(3), null);

        card.Status.Should().Be(RepairCardStatus.Closed);
        receipt.IsVoid.Should().BeTrue();
        call.Status.Should().Be(CallStatus.Closed);
        AssertBrokenRule<CardCanCloseOnlyAfterPassedInspectionRule>(() => card.Close(new Signature("Lin", Opened.AddHours(4), Opened.AddHours(4)), null));
        AssertBrokenRule<ReceiptCanBeVoidedOnceRule>(() => receipt.TakeBackAndVoid(Opened.AddHours(4), "TPE-R2026-000001", null, null));
    }

    [Test]
    public void R14_card_is_late_past_its_promise_until_the_product_is_back_with_the_customer()
    {
        var (_, _, card) = InWorkshop(promised: "2026-12-02T17:00:00+08:00");

        card.IsOverdueAt(At("2026-12-02T17:00:00+08:00")).Should().BeFalse();
        card.IsOverdueAt(At("2026-12-02T17:00:01+08:00")).Should().BeTrue();

        card.RecordWork(Tech, At("2026-12-02T18:00:00+08:00"), 1, "Fix", repairFinished: true);
        card.IsOverdueAt(At("2026-12-03T09:00:00+08:00")).Should().BeTrue("waiting for inspection past the promise is late too");
        card.Inspect(Supervisor, At("2026-12-03T10:00:00+08:00"), true, null);
        card.IsOverdueAt(At("2026-12-03T11:00:00+08:00")).Should().BeTrue("waiting for return past the promise is late too");
        card.Close(new Signature("Lin", At("2026-12-03T12:00:00+08:00"), At("2026-12-03T12:00:00+08:00")), null);
        card.IsOverdueAt(At("2026-12-04T09:00:00+08:00")).Should().BeFalse();
    }

    [Test]
    public void R14_a_late_card_without_the_technicians_report_is_unreported()
    {
        var (_, _, card) = InWorkshop(promised: "2026-12-02T17:00:00+08:00");

        card.IsUnreportedAt(At("2026-12-02T16:00:00+08:00")).Should().BeFalse("it is not late yet");
        card.IsUnreportedAt(At("2026-12-02T18:00:00+08:00")).Should().BeTrue();

        card.ReportLate(Guid.NewGuid(), Tech, At("2026-12-02T18:30:00+08:00"), "compressor on back order");
        card.IsOverdueAt(At("2026-12-02T19:00:00+08:00")).Should().BeTrue();
        card.IsUnreportedAt(At("2026-12-02T19:00:00+08:00")).Should().BeFalse();
    }

    [Test]
    public void R14_the_supervisor_answers_with_help_and_a_new_promise_and_the_first_promise_is_kept()
    {
        var (_, _, card) = InWorkshop(promised: "2026-12-02T17:00:00+08:00");
        var report = card.ReportLate(Guid.NewGuid(), Tech, At("2026-12-02T10:00:00+08:00"), "part missing");

        card.AnswerEscalation(report.Id, Supervisor, At("2026-12-02T11:00:00+08:00"), "second technician, part from Taichung", At("2026-12-04T17:00:00+08:00"));

        card.PromisedAt.Should().Be(At("2026-12-04T17:00:00+08:00"));
        card.OriginalPromisedAt.Should().Be(At("2026-12-02T17:00:00+08:00"));
        card.IsOverdueAt(At("2026-12-03T09:00:00+08:00")).Should().BeFalse();
        card.IsUnreportedAt(At("2026-12-04T18:00:00+08:00")).Should().BeTrue("the new promise passed without a new report");
        AssertBrokenRule<EscalationIsAnsweredOnceRule>(() => card.AnswerEscalation(report.Id, Supervisor, At("2026-12-02T12:00:00+08:00"), "again", null));
        AssertBrokenRule<EscalationMustBelongToTheCardRule>(() => card.AnswerEscalation(Guid.NewGuid(), Supervisor, At("2026-12-02T12:00:00+08:00"), "help", null));
    }

    [Test]
    public void R14_a_new_promise_must_be_later_than_the_answer()
    {
        var (_, _, card) = InWorkshop();
        var report = card.ReportLate(Guid.NewGuid(), Tech, At("2026-12-02T10:00:00+08:00"), "part missing");

        AssertBrokenRule<PromisedCompletionMustBeAfterOpeningRule>(() =>
            card.AnswerEscalation(report.Id, Supervisor, At("2026-12-02T11:00:00+08:00"), "help", At("2026-12-02T09:00:00+08:00")));
        card.PromisedAt.Should().Be(card.OriginalPromisedAt);
    }

    [Test]
    public void R12_return_is_never_before_the_passed_inspection_nor_in_the_future()
    {
        var (_, _, card) = InWorkshop();
        card.RecordWork(Tech, Opened.AddHours(1), 1, "Fix", repairFinished: true);
        card.Inspect(Supervisor, Opened.AddHours(2), true, null);

        AssertBrokenRule<ClaimedTimeCannotPrecedeThePreviousStepRule>(() => card.Close(new Signature("Lin", At("2001-01-01T10:00:00+08:00"), Opened.AddHours(3)), null));
        AssertBrokenRule<ClaimedTimeCannotBeInTheFutureRule>(() => card.Close(new Signature("Lin", Opened.AddDays(3), Opened.AddHours(3)), null));
        card.Status.Should().Be(RepairCardStatus.Passed);
    }

    [Test]
    public void R12_the_receipt_is_voided_when_presented_or_declared_lost_with_a_reason()
    {
        var (_, receipt, _) = InWorkshop();

        AssertBrokenRule<ReceiptMustBePresentedOrDeclaredLostRule>(() => receipt.TakeBackAndVoid(Opened.AddHours(3), null, null, null));
        AssertBrokenRule<ReceiptMustBePresentedOrDeclaredLostRule>(() => receipt.TakeBackAndVoid(Opened.AddHours(3), "TPE-R2026-000002", null, null));
        receipt.TakeBackAndVoid(Opened.AddHours(3), null, "customer lost it in a move", null);

        receipt.IsVoid.Should().BeTrue();
        receipt.LostReason.Should().Be("customer lost it in a move");
    }

    [Test]
    public void R11_the_product_is_in_transit_until_the_clerk_receives_it_never_before_the_pickup()
    {
        var call = NewCall();
        call.Dispatch(Tech, At("2026-12-01T09:10:00+08:00"), At("2026-12-01T09:10:00+08:00"), null, null);
        call.RecordArrival(Tech, At("2026-12-01T10:00:00+08:00"), At("2026-12-01T10:00:00+08:00"), TaipeiOffice());
        call.TakeToWorkshop(Tech, Opened, new Signature("Lin", Opened, Opened));
        call.Status.Should().Be(CallStatus.InTransit);

        AssertBrokenRule<ClaimedTimeCannotPrecedeThePreviousStepRule>(() => call.ReceiveIntoWorkshop(Opened.AddHours(-1), Opened.AddHours(2), Opened, null));
        AssertBrokenRule<ClaimedTimeCannotBeInTheFutureRule>(() => call.ReceiveIntoWorkshop(Opened.AddHours(3), Opened.AddHours(2), Opened, null));
        call.ReceiveIntoWorkshop(Opened.AddHours(1), Opened.AddHours(2), Opened, null);

        call.Status.Should().Be(CallStatus.InWorkshop);
        AssertBrokenRule<ProductMustBeInTransitRule>(() => call.ReceiveIntoWorkshop(Opened.AddHours(1), Opened.AddHours(2), Opened, null));
    }

    [Test]
    public void R9_finishing_on_site_takes_the_signature_and_logging_out_closes_the_call()
    {
        var call = NewCall();
        call.Dispatch(Tech, At("2026-12-01T09:10:00+08:00"), At("2026-12-01T09:10:00+08:00"), null, null);
        call.RecordArrival(Tech, At("2026-12-01T10:00:00+08:00"), At("2026-12-01T10:00:00+08:00"), TaipeiOffice());
        AssertBrokenRule<OnlyFinishedCallsAreLoggedOutRule>(() => call.LogOut(At("2026-12-01T10:30:00+08:00"), null));

        call.CompleteOnSite(Tech, At("2026-12-01T11:00:00+08:00"), 1, [], new Signature("Lin", At("2026-12-01T11:00:00+08:00"), At("2026-12-01T11:00:00+08:00")), false, "customer pays by transfer", ServicePolicy.Default);
        call.LogOut(At("2026-12-01T16:00:00+08:00"), null);

        call.Status.Should().Be(CallStatus.Closed);
        call.PendingHistory.Select(h => h.Kind).Should().EndWith([ServiceEventKind.CustomerSigned, ServiceEventKind.CertificateFiled, ServiceEventKind.CallClosed]);
    }

    [Test]
    public void Customer_signature_cannot_precede_the_arrival()
    {
        var call = NewCall();
        call.Dispatch(Tech, At("2026-12-01T09:10:00+08:00"), At("2026-12-01T09:10:00+08:00"), null, null);
        call.RecordArrival(Tech, At("2026-12-01T10:00:00+08:00"), At("2026-12-01T10:00:00+08:00"), TaipeiOffice());

        AssertBrokenRule<SignatureCannotPrecedeArrivalRule>(() =>
            call.CompleteOnSite(Tech, At("2026-12-01T11:00:00+08:00"), 1, [], new Signature("Lin", At("2026-12-01T09:00:00+08:00"), At("2026-12-01T11:00:00+08:00")), false, "customer pays by transfer", ServicePolicy.Default));
    }

    [Test]
    public void R14_looking_back_a_card_was_late_at_a_moment_it_was_open_past_its_promise_even_if_returned_since()
    {
        var (_, _, card) = InWorkshop(promised: "2026-12-02T17:00:00+08:00");
        card.RecordWork(Tech, At("2026-12-03T09:00:00+08:00"), 1, "Fix", repairFinished: true);
        card.Inspect(Supervisor, At("2026-12-03T10:00:00+08:00"), true, null);
        card.Close(new Signature("Lin", At("2026-12-03T12:00:00+08:00"), At("2026-12-03T12:00:00+08:00")), null);

        RepairLatenessPolicy.LateAsOf.IsSatisfiedBy(card, At("2026-12-02T17:00:00+08:00")).Should().BeFalse("not past the promise yet");
        RepairLatenessPolicy.LateAsOf.IsSatisfiedBy(card, At("2026-12-03T00:00:00+08:00")).Should().BeTrue();
        RepairLatenessPolicy.LateAsOf.IsSatisfiedBy(card, At("2026-12-04T00:00:00+08:00")).Should().BeFalse("it was back with the customer");
        RepairLatenessPolicy.Late.IsSatisfiedBy(card, At("2026-12-04T00:00:00+08:00")).Should().BeFalse();
    }

    [Test]
    public void R14_R19_a_typhoon_closure_moves_a_cards_promise_by_the_closed_working_time_and_cancelling_it_restores_the_promise()
    {
        // Opened Tuesday 11:00, promised Wednesday 17:00. The unit closes Wednesday 09:00–12:00.
        var (_, _, card) = InWorkshop();
        var unit = Unit();
        var closure = unit.DeclareClosure(Guid.NewGuid(), At("2026-12-02T09:00:00+08:00"), At("2026-12-02T12:00:00+08:00"), ClosureReason.Typhoon, null, Supervisor, At("2026-12-02T08:00:00+08:00"));

        card.FollowClosures(unit.DeadlineCalendar, closure.Id, At("2026-12-02T08:00:00+08:00"), Supervisor).Should().BeTrue();
        card.PromisedAt.Should().Be(At("2026-12-03T11:00:00+08:00"), "three closed hours: 17:00–17:30 Wednesday, then Thursday 08:30–11:00");
        card.PromisedAtAsGiven.Should().Be(At("2026-12-02T17:00:00+08:00"));
        card.IsOverdueAt(At("2026-12-03T10:00:00+08:00")).Should().BeFalse("the promise moved with the closure");

        unit.CancelClosure(closure.Id, "Wrong city", Supervisor, At("2026-12-02T08:10:00+08:00"));
        card.FollowClosures(unit.DeadlineCalendar, closure.Id, At("2026-12-02T08:10:00+08:00"), Supervisor).Should().BeTrue();
        card.PromisedAt.Should().Be(At("2026-12-02T17:00:00+08:00"));
    }
}
