using AfterSales.Domain.Calls;
using static AfterSales.Domain.Tests.Calls.CallTestData;
using static AfterSales.Domain.Tests.TestSupport;

namespace AfterSales.Domain.Tests.Calls;

/// <summary>R18: calls not dispatched by the end of their business day are Priority from the next business day.</summary>
public class CarryOverPolicyTests
{
    [Test]
    public void R18_call_received_in_the_morning_is_priority_from_next_mornings_opening()
    {
        var carryOver = CarryOverPolicy.For(At("2026-12-01T09:00:00+08:00"), TaipeiOffice());

        carryOver.BusinessDayEndsAt.Should().Be(At("2026-12-01T17:30:00+08:00"));
        carryOver.PriorityFrom.Should().Be(At("2026-12-02T08:30:00+08:00"));
    }

    [Test]
    public void R18_call_received_after_closing_belongs_to_the_next_business_day()
    {
        var carryOver = CarryOverPolicy.For(At("2026-12-04T19:00:00+08:00"), TaipeiOffice());

        // Friday evening: its business day is Monday, so it is Priority only from Tuesday.
        carryOver.BusinessDayEndsAt.Should().Be(At("2026-12-07T17:30:00+08:00"));
        carryOver.PriorityFrom.Should().Be(At("2026-12-08T08:30:00+08:00"));
    }

    [Test]
    public void R18_carry_over_skips_weekends_and_holidays()
    {
        var carryOver = CarryOverPolicy.For(At("2026-12-04T10:00:00+08:00"), TaipeiOffice(new DateOnly(2026, 12, 7)));

        carryOver.PriorityFrom.Should().Be(At("2026-12-08T08:30:00+08:00"));
    }

    [Test]
    public void R18_undispatched_call_becomes_priority_without_any_job_running()
    {
        var call = NewCall("2026-12-01T09:00:00+08:00");

        call.IsPriorityAt(At("2026-12-01T17:29:00+08:00")).Should().BeFalse();
        call.IsPriorityAt(At("2026-12-02T08:30:00+08:00")).Should().BeTrue();
    }

    [Test]
    public void R18_a_waiting_call_is_either_priority_or_not_yet_never_both()
    {
        var call = NewCall("2026-12-01T09:00:00+08:00");
        foreach (var at in new[] { At("2026-12-01T17:29:00+08:00"), At("2026-12-02T08:30:00+08:00"), At("2026-12-03T10:00:00+08:00") })
        {
            CarryOverPolicy.WaitingNotYetPriority.IsSatisfiedBy(call, at).Should().Be(!CarryOverPolicy.Priority.IsSatisfiedBy(call, at));
        }

        call.Dispatch(Guid.NewGuid(), At("2026-12-02T09:00:00+08:00"), At("2026-12-02T09:00:00+08:00"), null, null);
        CarryOverPolicy.WaitingNotYetPriority.IsSatisfiedBy(call, At("2026-12-01T10:00:00+08:00")).Should().BeFalse("a dispatched call waits no more");
    }

    [Test]
    public void R18_dispatched_call_is_no_longer_priority()
    {
        var call = NewCall("2026-12-01T09:00:00+08:00");
        call.Dispatch(Guid.NewGuid(), At("2026-12-02T09:00:00+08:00"), At("2026-12-02T09:00:00+08:00"), null, null);

        call.IsPriorityAt(At("2026-12-02T10:00:00+08:00")).Should().BeFalse();
    }

    [Test]
    public void R18_looking_back_a_call_dispatched_after_its_priority_began_was_carried_over_and_one_dispatched_before_was_not()
    {
        var late = NewCall("2026-12-01T09:00:00+08:00");
        late.Dispatch(Guid.NewGuid(), At("2026-12-02T09:00:00+08:00"), At("2026-12-02T09:00:00+08:00"), null, null);
        var inTime = NewCall("2026-12-01T09:00:00+08:00");
        inTime.Dispatch(Guid.NewGuid(), At("2026-12-01T15:00:00+08:00"), At("2026-12-01T15:00:00+08:00"), null, null);
        var cancelled = NewCall("2026-12-01T09:00:00+08:00");
        cancelled.Cancel("Duplicate", At("2026-12-01T16:00:00+08:00"), null);

        var now = At("2026-12-03T12:00:00+08:00");
        CarryOverPolicy.CarriedOver.IsSatisfiedBy(late, now).Should().BeTrue();
        CarryOverPolicy.CarriedOver.IsSatisfiedBy(inTime, now).Should().BeFalse();
        CarryOverPolicy.CarriedOver.IsSatisfiedBy(cancelled, now).Should().BeFalse();
        CarryOverPolicy.CarriedOver.IsSatisfiedBy(NewCall("2026-12-01T09:00:00+08:00"), At("2026-12-01T17:00:00+08:00")).Should().BeFalse("its priority has not begun yet");
    }
}
