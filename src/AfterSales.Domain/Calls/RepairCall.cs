using AfterSales.Domain.Calendars;
using AfterSales.Domain.Common;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Deadlines;
using AfterSales.Domain.Units;

namespace AfterSales.Domain.Calls;

/// <summary>Where a call stands, from the register line to its end.</summary>
public enum CallStatus
{
    /// <summary>In the dispatch queue (R8).</summary>
    Registered,

    /// <summary>A technician is assigned (派工).</summary>
    Dispatched,

    /// <summary>The technician is on site (R19 judged).</summary>
    Arrived,

    /// <summary>Cancelled by the clerk before anyone arrived.</summary>
    Cancelled,
}

/// <summary>What happened to a call, in order: the call's timeline and its part of the certificate's history.</summary>
public enum CallEventKind
{
    Registered,
    Dispatched,
    Reassigned,
    Arrived,
    Cancelled,
}

public sealed record CallEvent(int Sequence, DateTimeOffset At, CallEventKind Kind, Guid? ActorId, string? Note);

/// <summary>
/// 叫修登記簿 (form 002): one line per customer call. The customer's particulars are copied as they
/// were at the call, so a later change to the customer file does not rewrite the register.
/// </summary>
public sealed class RepairCall : Entity
{
    private readonly List<CallEvent> _events = [];

    private RepairCall()
    {
        Number = CustomerName = Address = Telephone = ProductModel = SerialNumber = Problem = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    /// <summary>The people-facing call number, unique in its unit (e.g. TPE-2026-000042).</summary>
    public string Number { get; private set; }

    public Guid CustomerId { get; private set; }

    public Guid CertificateId { get; private set; }

    public string CustomerName { get; private set; }

    public string Address { get; private set; }

    public string Telephone { get; private set; }

    public string ProductModel { get; private set; }

    public string SerialNumber { get; private set; }

    public CallChannel Channel { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public string Problem { get; private set; }

    public ServiceZone Zone { get; private set; }

    public ServiceType ServiceType { get; private set; }

    /// <summary>The clerk's reason when the service type differs from the entitlement policy's (R6).</summary>
    public string? ServiceTypeOverrideReason { get; private set; }

    /// <summary>R19: the latest arrival that meets the SLA.</summary>
    public DateTimeOffset DispatchDeadline { get; private set; }

    /// <summary>R18: undispatched from this instant on, the call heads the queue as Priority.</summary>
    public DateTimeOffset PriorityFrom { get; private set; }

    public CallStatus Status { get; private set; }

    public Guid? TechnicianId { get; private set; }

    public DateTimeOffset? DispatchedAt { get; private set; }

    public DateTimeOffset? ArrivedAt { get; private set; }

    public bool? DeadlineMet { get; private set; }

    /// <summary>Working time by which the arrival missed the deadline; zero when met.</summary>
    public TimeSpan? DeadlineMissedBy { get; private set; }

    public string? CancelReason { get; private set; }

    public uint Version { get; private set; }

    public IReadOnlyList<CallEvent> Events => _events;

    /// <summary>R18 as seen at <paramref name="now"/>: still waiting for dispatch after its business day ended.</summary>
    public bool IsPriorityAt(DateTimeOffset now) => Status == CallStatus.Registered && now >= PriorityFrom;

    /// <summary>R8: the clerk records the call; R6 sets its service type, R19 its deadline, R18 its carry-over.</summary>
    public static RepairCall Register(
        Guid id,
        string number,
        ServiceUnit unit,
        Customer customer,
        ServiceCertificate certificate,
        CallChannel channel,
        DateTimeOffset receivedAt,
        string problem,
        ServiceType entitledType,
        ServiceTypeOverride? typeOverride,
        Guid? clerkId)
    {
        CheckRule(new CallMustBeAboutTheCustomersOwnProductRule(customer, certificate));
        CheckRule(new CustomerCallsAreNeverAdminWorkRule(typeOverride?.ServiceType));
        var carryOver = CarryOverPolicy.For(receivedAt, unit.Calendar);
        var call = new RepairCall
        {
            Id = id,
            UnitId = unit.Id,
            Number = number,
            CustomerId = customer.Id,
            CertificateId = certificate.Id,
            CustomerName = customer.Name,
            Address = customer.Address,
            Telephone = customer.Telephone,
            ProductModel = certificate.Model,
            SerialNumber = certificate.SerialNumber,
            Channel = channel,
            ReceivedAt = receivedAt,
            Problem = problem,
            Zone = customer.Zone,
            ServiceType = typeOverride?.ServiceType ?? entitledType,
            ServiceTypeOverrideReason = typeOverride is not null && typeOverride.ServiceType != entitledType ? typeOverride.Reason : null,
            DispatchDeadline = unit.DispatchDeadline(receivedAt, customer.Zone),
            PriorityFrom = carryOver.PriorityFrom,
            Status = CallStatus.Registered,
        };
        call.Record(receivedAt, CallEventKind.Registered, clerkId, $"{entitledType} by entitlement" + (call.ServiceTypeOverrideReason is { } reason ? $"; {call.ServiceType} by clerk: {reason}" : string.Empty));
        return call;
    }

    /// <summary>R8: the supervisor assigns a technician; before arrival a reassignment needs a reason.</summary>
    public void Dispatch(Guid technicianId, DateTimeOffset at, Guid? supervisorId, string? reassignReason)
    {
        CheckRule(new CallMustAwaitDispatchRule(Status));
        if (Status == CallStatus.Dispatched)
        {
            CheckRule(new ReassignmentNeedsAReasonRule(reassignReason));
            CheckRule(new ReassignmentMustChangeTheTechnicianRule(TechnicianId, technicianId));
            Record(at, CallEventKind.Reassigned, supervisorId, $"from {TechnicianId} to {technicianId}: {reassignReason}");
        }
        else
        {
            Record(at, CallEventKind.Dispatched, supervisorId, $"to {technicianId}");
        }

        TechnicianId = technicianId;
        DispatchedAt = at;
        Status = CallStatus.Dispatched;
    }

    /// <summary>R19: the assigned technician is on site; the call keeps whether the deadline was met and by how much it was missed.</summary>
    public ArrivalOutcome RecordArrival(Guid technicianId, DateTimeOffset arrivedAt, WorkingCalendar calendar)
    {
        CheckRule(new ArrivalNeedsADispatchedCallRule(Status));
        CheckRule(new OnlyTheAssignedTechnicianArrivesRule(TechnicianId, technicianId));
        CheckRule(new ArrivalCannotPrecedeTheCallRule(ReceivedAt, arrivedAt));
        var outcome = DispatchDeadlinePolicy.Judge(DispatchDeadline, arrivedAt, calendar);
        ArrivedAt = arrivedAt;
        DeadlineMet = outcome.DeadlineMet;
        DeadlineMissedBy = outcome.MissedBy;
        Status = CallStatus.Arrived;
        Record(arrivedAt, CallEventKind.Arrived, technicianId, outcome.DeadlineMet ? "deadline met" : $"deadline missed by {outcome.MissedBy.TotalHours:0.##} working hours");
        return outcome;
    }

    /// <summary>The clerk cancels a call that nobody has reached yet.</summary>
    public void Cancel(string reason, DateTimeOffset at, Guid? clerkId)
    {
        CheckRule(new CallCanBeCancelledOnlyBeforeArrivalRule(Status));
        Status = CallStatus.Cancelled;
        CancelReason = reason;
        Record(at, CallEventKind.Cancelled, clerkId, reason);
    }

    private void Record(DateTimeOffset at, CallEventKind kind, Guid? actorId, string? note) =>
        _events.Add(new CallEvent(_events.Count + 1, at, kind, actorId, note));
}

/// <summary>A clerk's choice of service type against the policy's, with the reason that is kept (R6).</summary>
public sealed record ServiceTypeOverride(ServiceType ServiceType, string Reason);
