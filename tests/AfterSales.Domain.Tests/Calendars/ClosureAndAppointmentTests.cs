using AfterSales.Domain.Calls;
using AfterSales.Domain.Units;
using AfterSales.Domain.Common;
using AfterSales.Domain.Tests.Calls;
using static AfterSales.Domain.Tests.TestSupport;

namespace AfterSales.Domain.Tests.Calendars;

/// <summary>
/// R19 in real life: declared closures (停班停課) take their working time out of every deadline still
/// running, customer appointments set a later deadline, a missed visit restarts the clock. Taipei office
/// hours 08:30–12:00 and 13:00–17:30, Monday to Friday; 6 working hours in town.
/// </summary>
public class ClosureAndAppointmentTests
{
    private static readonly Guid Supervisor = Guid.NewGuid();
    private static readonly TimeSpan OneHour = TimeSpan.FromHours(1);

    private static UnitClosure Close(ServiceUnit unit, string from, string to, string now = "2026-12-02T08:00:00+08:00") =>
        unit.DeclareClosure(Guid.NewGuid(), At(from), At(to), ClosureReason.Typhoon, null, Supervisor, At(now));

    [Test]
    public void R19_a_typhoon_closure_declared_at_nine_moves_an_open_call_by_exactly_the_closed_working_time_across_lunch_into_the_next_day()
    {
        var unit = CallTestData.Unit();
        // Received Tuesday 16:00: due Wednesday 14:00 (1.5 h Tuesday, 3.5 h Wednesday morning, 1 h after lunch).
        var call = CallTestData.NewCall("2026-12-01T16:00:00+08:00", unit);
        call.DispatchDeadline.Should().Be(At("2026-12-02T14:00:00+08:00"));

        // Wednesday closed 09:00–15:00: the 0.5 h before it still counts, then the clock stops until 15:00.
        var closure = Close(unit, "2026-12-02T09:00:00+08:00", "2026-12-02T15:00:00+08:00");
        call.FollowClosures(unit.DeadlineCalendar, closure.Id, At("2026-12-02T09:00:00+08:00"), Supervisor).Should().BeTrue();

        // Closed working time before the old deadline: 09:00–12:00 and 13:00–14:00, 4 h; from 14:00 the
        // remaining 4 h run 15:00–17:30 (2.5 h, skipping the closed 14:00–15:00) and Thursday 08:30–10:00.
        call.DispatchDeadline.Should().Be(At("2026-12-03T10:00:00+08:00"));
        call.PreviousDeadline.Should().Be(At("2026-12-02T14:00:00+08:00"));
        call.ServiceLevelDeadline.Should().Be(At("2026-12-02T14:00:00+08:00"));
        call.DeadlineBasis.Should().Be(DeadlineBasis.Closure);
        call.DeadlineMovedByClosure.Should().Be(closure.Id);
        unit.DeadlineCalendar.WorkingTimeBetween(call.ReceivedAt, call.DispatchDeadline).Should().Be(TimeSpan.FromHours(6), "six working hours, none of them closed");
    }

    [Test]
    public void R19_ending_a_closure_early_gives_back_the_working_time_after_its_end()
    {
        var unit = CallTestData.Unit();
        var call = CallTestData.NewCall("2026-12-01T16:00:00+08:00", unit);
        var closure = Close(unit, "2026-12-02T09:00:00+08:00", "2026-12-02T17:30:00+08:00");
        call.FollowClosures(unit.DeadlineCalendar, closure.Id, At("2026-12-02T09:00:00+08:00"), Supervisor);
        call.DispatchDeadline.Should().Be(At("2026-12-03T13:30:00+08:00"), "0.5 h before the closure, 1.5 h Tuesday, then 4 h Thursday from 08:30");

        unit.EndClosureEarly(closure.Id, At("2026-12-02T11:00:00+08:00"), Supervisor);
        call.FollowClosures(unit.DeadlineCalendar, closure.Id, At("2026-12-02T11:00:00+08:00"), Supervisor).Should().BeTrue();

        // Closed 09:00–11:00 only: 2 h later than 14:00.
        call.DispatchDeadline.Should().Be(At("2026-12-02T16:00:00+08:00"));
        call.PreviousDeadline.Should().Be(At("2026-12-03T13:30:00+08:00"));
    }

    [Test]
    public void R19_two_overlapping_closures_merge_and_the_overlap_is_not_counted_twice()
    {
        var unit = CallTestData.Unit();
        var call = CallTestData.NewCall("2026-12-01T16:00:00+08:00", unit);
        var first = Close(unit, "2026-12-02T09:00:00+08:00", "2026-12-02T11:00:00+08:00");
        var second = Close(unit, "2026-12-02T10:00:00+08:00", "2026-12-02T12:00:00+08:00");
        call.FollowClosures(unit.DeadlineCalendar, second.Id, At("2026-12-02T10:00:00+08:00"), Supervisor);

        // Closed 09:00–12:00: 3 h, so 14:00 + 3 h = 17:00.
        call.DispatchDeadline.Should().Be(At("2026-12-02T17:00:00+08:00"));
        unit.DeadlineCalendar.Closed.Should().ContainSingle().Which.Should().Be((At("2026-12-02T09:00:00+08:00"), At("2026-12-02T12:00:00+08:00")));
        first.Id.Should().NotBe(second.Id);
    }

    [Test]
    public void R19_a_call_registered_during_a_closure_counts_from_the_closures_end()
    {
        var unit = CallTestData.Unit();
        Close(unit, "2026-12-02T08:00:00+08:00", "2026-12-02T13:00:00+08:00");
        var call = CallTestData.NewCall("2026-12-02T09:30:00+08:00", unit);

        // Counting starts 13:00: 4.5 h to 17:30, 1.5 h Thursday to 10:00.
        call.DispatchDeadline.Should().Be(At("2026-12-03T10:00:00+08:00"));
        call.ServiceLevelDeadline.Should().Be(At("2026-12-02T16:30:00+08:00"), "R19 on the calendar alone");
        call.DeadlineBasis.Should().Be(DeadlineBasis.Closure);
    }

    [Test]
    public void R19_cancelling_a_closure_restores_the_original_deadline()
    {
        var unit = CallTestData.Unit();
        var call = CallTestData.NewCall("2026-12-01T16:00:00+08:00", unit);
        var closure = Close(unit, "2026-12-02T09:00:00+08:00", "2026-12-02T15:00:00+08:00");
        call.FollowClosures(unit.DeadlineCalendar, closure.Id, At("2026-12-02T09:00:00+08:00"), Supervisor);

        unit.CancelClosure(closure.Id, "Declared for the wrong city", Supervisor, At("2026-12-02T09:10:00+08:00"));
        call.FollowClosures(unit.DeadlineCalendar, closure.Id, At("2026-12-02T09:10:00+08:00"), Supervisor).Should().BeTrue();

        call.DispatchDeadline.Should().Be(At("2026-12-02T14:00:00+08:00"));
        call.DeadlineBasis.Should().Be(DeadlineBasis.ServiceLevel);
        call.DeadlineMovedByClosure.Should().BeNull();
        AssertBrokenRule<ClosureMustBeInForceRule>(() => unit.EndClosureEarly(closure.Id, At("2026-12-02T10:00:00+08:00"), Supervisor));
    }

    [Test]
    public void R19_a_call_already_reached_keeps_its_verdict_when_a_closure_is_declared()
    {
        var unit = CallTestData.Unit();
        var call = CallTestData.NewCall("2026-12-01T09:00:00+08:00", unit);
        var technician = Guid.NewGuid();
        call.Dispatch(technician, At("2026-12-01T09:10:00+08:00"), At("2026-12-01T09:10:00+08:00"), Supervisor, null);
        call.RecordArrival(technician, At("2026-12-01T17:00:00+08:00"), At("2026-12-01T17:00:00+08:00"), unit.DeadlineCalendar);
        var closure = Close(unit, "2026-12-01T14:00:00+08:00", "2026-12-01T17:30:00+08:00", now: "2026-12-01T17:10:00+08:00");

        call.FollowClosures(unit.DeadlineCalendar, closure.Id, At("2026-12-01T17:10:00+08:00"), Supervisor).Should().BeFalse();
        call.DeadlineMet.Should().BeFalse();
        call.DispatchDeadline.Should().Be(At("2026-12-01T16:00:00+08:00"));
    }

    [Test]
    public void R19_a_closure_may_start_earlier_today_but_not_on_a_day_gone_by_and_must_end_after_it_starts()
    {
        var unit = CallTestData.Unit();
        AssertBrokenRule<ClosureStartsNoEarlierThanTodayRule>(() => Close(unit, "2026-12-01T09:00:00+08:00", "2026-12-02T12:00:00+08:00"));
        AssertBrokenRule<ClosureMustEndAfterItStartsRule>(() => Close(unit, "2026-12-02T12:00:00+08:00", "2026-12-02T12:00:00+08:00"));
        Close(unit, "2026-12-02T00:00:00+08:00", "2026-12-02T12:00:00+08:00").Should().NotBeNull();
    }

    [Test]
    public void R19_a_Friday_appointment_window_moves_the_deadline_into_Monday()
    {
        var unit = CallTestData.Unit();
        // Received Friday 09:00: R19 due Friday 16:00. The customer asks for Friday 17:00–19:00.
        var call = CallTestData.NewCall("2026-12-04T09:00:00+08:00", unit);
        call.AgreeAppointment(At("2026-12-04T17:00:00+08:00"), At("2026-12-04T19:00:00+08:00"), OneHour, unit.Calendar, unit.DeadlineCalendar, At("2026-12-04T09:05:00+08:00"), CallTestData.ClerkId);

        // 17:00 + one working hour: 0.5 h Friday, 0.5 h Monday from 08:30.
        call.DispatchDeadline.Should().Be(At("2026-12-07T09:00:00+08:00"));
        call.DeadlineBasis.Should().Be(DeadlineBasis.Appointment);
        call.PreviousDeadline.Should().Be(At("2026-12-04T16:00:00+08:00"));
        call.Appointment!.NotBefore.Should().Be(At("2026-12-04T17:00:00+08:00"));
    }

    [Test]
    public void R19_an_appointment_earlier_than_the_service_level_deadline_leaves_it_where_it_is()
    {
        var unit = CallTestData.Unit();
        var call = CallTestData.NewCall("2026-12-01T09:00:00+08:00", unit);
        call.AgreeAppointment(At("2026-12-01T10:00:00+08:00"), null, OneHour, unit.Calendar, unit.DeadlineCalendar, At("2026-12-01T09:05:00+08:00"), CallTestData.ClerkId);

        call.DispatchDeadline.Should().Be(At("2026-12-01T16:00:00+08:00"));
        call.DeadlineBasis.Should().Be(DeadlineBasis.ServiceLevel);
        AssertBrokenRule<AppointmentCannotPrecedeTheCallRule>(() =>
            call.AgreeAppointment(At("2026-12-01T08:00:00+08:00"), null, OneHour, unit.Calendar, unit.DeadlineCalendar, At("2026-12-01T09:05:00+08:00"), CallTestData.ClerkId));
        AssertBrokenRule<AppointmentWindowMustEndAfterItStartsRule>(() =>
            call.AgreeAppointment(At("2026-12-01T14:00:00+08:00"), At("2026-12-01T13:00:00+08:00"), OneHour, unit.Calendar, unit.DeadlineCalendar, At("2026-12-01T09:05:00+08:00"), CallTestData.ClerkId));
    }

    [Test]
    public void R19_a_customer_not_at_home_restarts_the_clock_from_the_new_appointment_and_is_not_the_services_breach()
    {
        var unit = CallTestData.Unit();
        var technician = Guid.NewGuid();
        var call = CallTestData.NewCall("2026-12-01T09:00:00+08:00", unit);
        call.AgreeAppointment(At("2026-12-01T14:00:00+08:00"), At("2026-12-01T16:00:00+08:00"), OneHour, unit.Calendar, unit.DeadlineCalendar, At("2026-12-01T09:05:00+08:00"), CallTestData.ClerkId);
        call.Dispatch(technician, At("2026-12-01T13:00:00+08:00"), At("2026-12-01T13:00:00+08:00"), Supervisor, null);

        call.RecordCustomerNotAtHome(technician, At("2026-12-01T14:30:00+08:00"), At("2026-12-01T14:35:00+08:00"),
            At("2026-12-03T10:00:00+08:00"), null, OneHour, unit.Calendar, unit.DeadlineCalendar);
        call.DispatchDeadline.Should().Be(At("2026-12-03T11:00:00+08:00"));
        call.DeadlineBasis.Should().Be(DeadlineBasis.Appointment);
        call.Status.Should().Be(CallStatus.Dispatched);

        call.RecordArrival(technician, At("2026-12-03T10:30:00+08:00"), At("2026-12-03T10:30:00+08:00"), unit.DeadlineCalendar);
        call.DeadlineMet.Should().BeTrue("the visit that found nobody is not the service's breach");
        call.PendingHistory.Select(h => h.Kind).Should().ContainInOrder(ServiceEventKind.AppointmentAgreed, ServiceEventKind.CustomerNotAtHome, ServiceEventKind.Arrived);
    }

    [Test]
    public void R19_only_the_technician_sent_records_nobody_at_home_and_only_on_a_dispatched_call()
    {
        var unit = CallTestData.Unit();
        var call = CallTestData.NewCall("2026-12-01T09:00:00+08:00", unit);
        AssertBrokenRule<NotAtHomeNeedsADispatchedCallRule>(() => call.RecordCustomerNotAtHome(Guid.NewGuid(), At("2026-12-01T10:00:00+08:00"), At("2026-12-01T10:00:00+08:00"),
            At("2026-12-02T10:00:00+08:00"), null, OneHour, unit.Calendar, unit.DeadlineCalendar));
    }

    [Test]
    public void R19_a_closure_moves_an_appointment_deadline_too()
    {
        var unit = CallTestData.Unit();
        var call = CallTestData.NewCall("2026-12-01T09:00:00+08:00", unit);
        call.AgreeAppointment(At("2026-12-02T14:00:00+08:00"), null, OneHour, unit.Calendar, unit.DeadlineCalendar, At("2026-12-01T09:05:00+08:00"), CallTestData.ClerkId);
        call.DispatchDeadline.Should().Be(At("2026-12-02T15:00:00+08:00"));

        var closure = Close(unit, "2026-12-02T13:00:00+08:00", "2026-12-02T17:30:00+08:00");
        call.FollowClosures(unit.DeadlineCalendar, closure.Id, At("2026-12-02T08:00:00+08:00"), Supervisor);

        // Counted from 14:00 on the calendar alone: the hour to 15:00 is closed; it runs Thursday 08:30–09:30.
        call.DispatchDeadline.Should().Be(At("2026-12-03T09:30:00+08:00"));
        call.DeadlineBasis.Should().Be(DeadlineBasis.Appointment);
    }

    /// <summary>Property: on random calls and closures, a closure never makes a deadline earlier, closing and
    /// reopening restores it, and the moved deadline leaves exactly the SLA's working time open.</summary>
    [Test]
    public void R19_property_closures_never_make_a_deadline_earlier_and_cancelling_them_restores_it()
    {
        var random = new Random(20261129);
        var moved = 0;
        for (var i = 0; i < 300; i++)
        {
            var unit = CallTestData.Unit();
            var received = At("2026-12-01T00:00:00+08:00").AddMinutes(random.Next(0, 4 * 24 * 60));
            var call = CallTestData.NewCall(received.ToString("O"), unit);
            var original = call.DispatchDeadline;
            var closures = new List<UnitClosure>();
            for (var k = random.Next(1, 4); k > 0; k--)
            {
                var from = received.AddMinutes(random.Next(-600, 3 * 24 * 60));
                var closure = unit.DeclareClosure(Guid.NewGuid(), from, from.AddMinutes(random.Next(10, 36 * 60)), ClosureReason.Typhoon, null, Supervisor, from);
                closures.Add(closure);
                var before = call.DispatchDeadline;
                call.FollowClosures(unit.DeadlineCalendar, closure.Id, from, Supervisor);
                call.DispatchDeadline.Should().BeOnOrAfter(before, $"case {i}: a closure never makes a deadline earlier");
            }

            moved += call.DispatchDeadline > original ? 1 : 0;
            unit.DeadlineCalendar.WorkingTimeBetween(received, call.DispatchDeadline).Should().Be(TimeSpan.FromHours(6), $"case {i}: six open working hours");
            unit.DeadlineCalendar.AddWorkingTime(received, TimeSpan.FromHours(6)).Should().Be(call.DispatchDeadline, $"case {i}: the same as counting on the closed calendar from the call");
            foreach (var closure in closures)
            {
                unit.CancelClosure(closure.Id, "test", Supervisor, received);
                call.FollowClosures(unit.DeadlineCalendar, closure.Id, received, Supervisor);
            }

            call.DispatchDeadline.Should().Be(original, $"case {i}: reopening restores the deadline");
        }

        moved.Should().BeGreaterThan(100, "many random closures fall inside the call's span (122 of 300 with this seed)");
    }
}
