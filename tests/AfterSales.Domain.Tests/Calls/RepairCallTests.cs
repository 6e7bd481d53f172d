using AfterSales.Domain.Calls;
using AfterSales.Domain.Common;
using AfterSales.Domain.Certificates;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Units;
using static AfterSales.Domain.Tests.Calls.CallTestData;
using static AfterSales.Domain.Tests.TestSupport;

namespace AfterSales.Domain.Tests.Calls;

/// <summary>The call's state machine, rule by rule (R8, R18, R19).</summary>
public class RepairCallTests
{
    private static readonly Guid Tech = Guid.NewGuid();
    private static readonly Guid OtherTech = Guid.NewGuid();

    [Test]
    public void R8_registered_call_copies_the_customer_as_they_were_and_gets_its_deadline()
    {
        var call = NewCall("2026-12-04T16:00:00+08:00");

        call.Status.Should().Be(CallStatus.Registered);
        call.CustomerName.Should().Be("Lin");
        call.ProductModel.Should().Be("AC-900");
        call.DispatchDeadline.Should().Be(At("2026-12-07T14:00:00+08:00"));
        call.PendingHistory.Should().ContainSingle().Which.Kind.Should().Be(ServiceEventKind.CallRegistered);
    }

    [Test]
    public void R6_clerk_override_keeps_the_reason_and_the_entitled_type_in_the_history()
    {
        var call = NewCall(typeOverride: new ServiceTypeOverride(ServiceType.Free, "Goodwill: repeat fault within 30 days"));

        call.ServiceType.Should().Be(ServiceType.Free);
        call.ServiceTypeOverrideReason.Should().Be("Goodwill: repeat fault within 30 days");
        call.PendingHistory[0].Note.Should().Contain("Paid by entitlement");
    }

    [Test]
    public void R6d_a_customer_call_cannot_be_admin_work() =>
        AssertBrokenRule<CustomerCallsAreNeverAdminWorkRule>(() => NewCall(typeOverride: new ServiceTypeOverride(ServiceType.Admin, "x")));

    [Test]
    public void Certificate_of_another_customer_is_refused()
    {
        var unit = Unit();
        var customer = Customer.Register(Guid.NewGuid(), unit.Id, "Lin", "a", "t", ServiceZone.Urban);
        var someoneElses = ServiceCertificate.Issue(Guid.NewGuid(), unit.Id, Guid.NewGuid(), "AC", "SN", new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 1));

        AssertBrokenRule<CallMustBeAboutTheCustomersOwnProductRule>(() =>
            RepairCall.Register(Guid.NewGuid(), "N", unit, customer, someoneElses, CallChannel.Phone, At("2026-12-01T09:00:00+08:00"), "p", ServiceType.Paid, null, null));
    }

    [Test]
    public void R8_dispatch_assigns_the_technician()
    {
        var call = NewCall();

        call.Dispatch(Tech, At("2026-12-01T09:30:00+08:00"), At("2026-12-01T09:30:00+08:00"), null, null);

        call.Status.Should().Be(CallStatus.Dispatched);
        call.TechnicianId.Should().Be(Tech);
    }

    [Test]
    public void Reassignment_before_arrival_needs_a_reason_and_is_kept_in_the_history()
    {
        var call = NewCall();
        call.Dispatch(Tech, At("2026-12-01T09:30:00+08:00"), At("2026-12-01T09:30:00+08:00"), null, null);

        AssertBrokenRule<ReassignmentNeedsAReasonRule>(() => call.Dispatch(OtherTech, At("2026-12-01T10:00:00+08:00"), At("2026-12-01T10:00:00+08:00"), null, null));
        call.Dispatch(OtherTech, At("2026-12-01T10:00:00+08:00"), At("2026-12-01T10:00:00+08:00"), null, "first technician is sick");

        call.TechnicianId.Should().Be(OtherTech);
        call.PendingHistory[^1].Kind.Should().Be(ServiceEventKind.Reassigned);
        call.PendingHistory[^1].Note.Should().Contain("sick");
    }

    [Test]
    public void Dispatching_a_cancelled_call_is_a_state_conflict()
    {
        var call = NewCall();
        call.Cancel("customer fixed it", At("2026-12-01T09:10:00+08:00"), null);

        var thrown = FluentActions.Invoking(() => call.Dispatch(Tech, At("2026-12-01T09:30:00+08:00"), At("2026-12-01T09:30:00+08:00"), null, null))
            .Should().Throw<BusinessRuleViolationException>().Which;
        thrown.Rule.Should().BeOfType<CallMustAwaitDispatchRule>();
        thrown.IsStateConflict.Should().BeTrue();
    }

    [Test]
    public void R19_arrival_within_the_deadline_is_met()
    {
        var call = NewCall("2026-12-01T09:00:00+08:00");
        call.Dispatch(Tech, At("2026-12-01T09:30:00+08:00"), At("2026-12-01T09:30:00+08:00"), null, null);

        var outcome = call.RecordArrival(Tech, At("2026-12-01T15:00:00+08:00"), At("2026-12-01T15:00:00+08:00"), TaipeiOffice());

        outcome.DeadlineMet.Should().BeTrue();
        call.DeadlineMet.Should().BeTrue();
        call.Status.Should().Be(CallStatus.Arrived);
    }

    [Test]
    public void R19_late_arrival_is_a_breach_missed_by_working_time()
    {
        var call = NewCall("2026-12-01T09:00:00+08:00");
        call.Dispatch(Tech, At("2026-12-01T09:30:00+08:00"), At("2026-12-01T09:30:00+08:00"), null, null);

        // Due 16:00; arriving next morning at 09:00 misses by 1.5 h that day and 0.5 h the next.
        call.RecordArrival(Tech, At("2026-12-02T09:00:00+08:00"), At("2026-12-02T09:00:00+08:00"), TaipeiOffice());

        call.DeadlineMet.Should().BeFalse();
        call.DeadlineMissedBy.Should().Be(TimeSpan.FromHours(2));
    }

    [Test]
    public void Arriving_twice_is_refused()
    {
        var call = NewCall();
        call.Dispatch(Tech, At("2026-12-01T09:30:00+08:00"), At("2026-12-01T09:30:00+08:00"), null, null);
        call.RecordArrival(Tech, At("2026-12-01T10:00:00+08:00"), At("2026-12-01T10:00:00+08:00"), TaipeiOffice());

        AssertBrokenRule<ArrivalNeedsADispatchedCallRule>(() => call.RecordArrival(Tech, At("2026-12-01T10:05:00+08:00"), At("2026-12-01T10:05:00+08:00"), TaipeiOffice()));
    }

    [Test]
    public void Only_the_assigned_technician_records_arrival()
    {
        var call = NewCall();
        call.Dispatch(Tech, At("2026-12-01T09:30:00+08:00"), At("2026-12-01T09:30:00+08:00"), null, null);

        AssertBrokenRule<OnlyTheAssignedTechnicianActsRule>(() => call.RecordArrival(OtherTech, At("2026-12-01T10:00:00+08:00"), At("2026-12-01T10:00:00+08:00"), TaipeiOffice()));
    }

    [Test]
    public void Arrival_on_an_undispatched_call_is_refused() =>
        AssertBrokenRule<ArrivalNeedsADispatchedCallRule>(() => NewCall().RecordArrival(Tech, At("2026-12-01T10:00:00+08:00"), At("2026-12-01T10:00:00+08:00"), TaipeiOffice()));

    [Test]
    public void Call_can_be_cancelled_before_arrival_but_not_after()
    {
        var dispatched = NewCall();
        dispatched.Dispatch(Tech, At("2026-12-01T09:30:00+08:00"), At("2026-12-01T09:30:00+08:00"), null, null);
        dispatched.Cancel("duplicate call", At("2026-12-01T09:40:00+08:00"), null);
        dispatched.Status.Should().Be(CallStatus.Cancelled);

        var arrived = NewCall();
        arrived.Dispatch(Tech, At("2026-12-01T09:30:00+08:00"), At("2026-12-01T09:30:00+08:00"), null, null);
        arrived.RecordArrival(Tech, At("2026-12-01T10:00:00+08:00"), At("2026-12-01T10:00:00+08:00"), TaipeiOffice());
        AssertBrokenRule<CallCanBeCancelledOnlyBeforeArrivalRule>(() => arrived.Cancel("too late", At("2026-12-01T11:00:00+08:00"), null));
    }

    [Test]
    public void Claimed_times_an_arrival_before_the_dispatch_or_in_the_future_is_refused()
    {
        var call = NewCall();
        call.Dispatch(Tech, At("2026-12-01T11:00:00+08:00"), At("2026-12-01T11:05:00+08:00"), null, null);

        AssertBrokenRule<ClaimedTimeCannotPrecedeThePreviousStepRule>(() => call.RecordArrival(Tech, At("2026-12-01T10:00:00+08:00"), At("2026-12-01T12:00:00+08:00"), TaipeiOffice()));
        AssertBrokenRule<ClaimedTimeCannotBeInTheFutureRule>(() => call.RecordArrival(Tech, At("2026-12-01T13:00:00+08:00"), At("2026-12-01T12:00:00+08:00"), TaipeiOffice()));
        call.RecordArrival(Tech, At("2026-12-01T12:04:00+08:00"), At("2026-12-01T12:00:00+08:00"), TaipeiOffice());

        call.ArrivedAt.Should().Be(At("2026-12-01T12:04:00+08:00"));
        call.ArrivalRecordedAt.Should().Be(At("2026-12-01T12:00:00+08:00"));
    }

    [Test]
    public void Claimed_times_a_dispatch_recorded_later_is_never_before_the_call_nor_in_the_future()
    {
        var call = NewCall();

        AssertBrokenRule<ClaimedTimeCannotPrecedeThePreviousStepRule>(() => call.Dispatch(Tech, call.ReceivedAt.AddMinutes(-1), call.ReceivedAt.AddHours(1), null, null));
        AssertBrokenRule<ClaimedTimeCannotBeInTheFutureRule>(() => call.Dispatch(Tech, call.ReceivedAt.AddHours(2), call.ReceivedAt.AddHours(1), null, null));
        call.Dispatch(Tech, call.ReceivedAt.AddMinutes(30), call.ReceivedAt.AddHours(1), null, null);

        call.DispatchedAt.Should().Be(call.ReceivedAt.AddMinutes(30));
        call.DispatchRecordedAt.Should().Be(call.ReceivedAt.AddHours(1));
    }

    [Test]
    public void Claimed_times_a_signature_dated_ahead_is_refused()
    {
        var call = NewCall();
        call.Dispatch(Tech, At("2026-12-01T09:30:00+08:00"), At("2026-12-01T09:30:00+08:00"), null, null);
        call.RecordArrival(Tech, At("2026-12-01T10:00:00+08:00"), At("2026-12-01T10:00:00+08:00"), TaipeiOffice());

        AssertBrokenRule<ClaimedTimeCannotBeInTheFutureRule>(() => call.TakeToWorkshop(Tech, At("2026-12-01T11:00:00+08:00"),
            new Signature("Lin", At("2026-12-04T11:00:00+08:00"), At("2026-12-01T11:00:00+08:00"))));
        call.Status.Should().Be(CallStatus.Arrived);
    }

    [Test]
    public void R10_not_collecting_a_fee_at_or_below_the_threshold_needs_a_reason_kept_on_the_call()
    {
        var call = NewCall();
        call.Dispatch(Tech, At("2026-12-01T09:30:00+08:00"), At("2026-12-01T09:30:00+08:00"), null, null);
        call.RecordArrival(Tech, At("2026-12-01T10:00:00+08:00"), At("2026-12-01T10:00:00+08:00"), TaipeiOffice());
        var signature = new Signature("Lin", At("2026-12-01T11:00:00+08:00"), At("2026-12-01T11:00:00+08:00"));

        AssertBrokenRule<UncollectedFeeNeedsAReasonRule>(() => call.CompleteOnSite(Tech, At("2026-12-01T11:00:00+08:00"), 1, [], signature, false, null, ServicePolicy.Default));
        call.CompleteOnSite(Tech, At("2026-12-01T11:00:00+08:00"), 1, [], signature, false, "customer had no cash", ServicePolicy.Default);

        call.NotCollectedReason.Should().Be("customer had no cash");
        call.CollectedOnSite.Should().BeFalse();
    }
}
