using AfterSales.Domain.Billing;
using AfterSales.Domain.Calendars;
using AfterSales.Domain.Common;
using AfterSales.Domain.Certificates;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Units;

namespace AfterSales.Domain.Calls;

/// <summary>
/// 叫修登記簿 (form 002): one line per customer call. The customer's particulars are copied as they
/// were at the call, so a later change to the customer file does not rewrite the register.
/// </summary>
public sealed class RepairCall : Entity, IAggregateRoot, IBelongsToUnit, IVersioned, IArchivable
{
    private List<PartUsed> _parts = [];
    private List<Correction> _corrections = [];

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

    /// <summary>R19: the latest arrival that meets the SLA, as in force now (K1 judges the call on it).</summary>
    public DateTimeOffset DispatchDeadline { get; private set; }

    /// <summary>
    /// R19 from the call on the unit's calendar as it stood at registration, before any closure or appointment:
    /// what closures move, and what the deadline returns to when they are taken back.
    /// </summary>
    public DateTimeOffset ServiceLevelDeadline { get; private set; }

    /// <summary>The deadline before the last move (closure, appointment); null while it never moved.</summary>
    public DateTimeOffset? PreviousDeadline { get; private set; }

    public DeadlineBasis DeadlineBasis { get; private set; }

    /// <summary>The declared closure whose declaration, early end or cancellation last moved the deadline.</summary>
    public Guid? DeadlineMovedByClosure { get; private set; }

    /// <summary>The visit the customer asked for, the latest agreed; null when none.</summary>
    public CustomerAppointment? Appointment { get; private set; }

    /// <summary>R18: undispatched from this instant on, the call heads the queue as Priority.</summary>
    public DateTimeOffset PriorityFrom { get; private set; }

    public CallStatus Status { get; private set; }

    public Guid? TechnicianId { get; private set; }

    /// <summary>When the (last) dispatch happened, as the supervisor tells it.</summary>
    public DateTimeOffset? DispatchedAt { get; private set; }

    /// <summary>When the (last) dispatch was recorded.</summary>
    public DateTimeOffset? DispatchRecordedAt { get; private set; }

    /// <summary>When the technician arrived, as the technician tells it (R19 is judged on it).</summary>
    public DateTimeOffset? ArrivedAt { get; private set; }

    /// <summary>When the arrival was recorded.</summary>
    public DateTimeOffset? ArrivalRecordedAt { get; private set; }

    public bool? DeadlineMet { get; private set; }

    /// <summary>Working time by which the arrival missed the deadline; zero when met.</summary>
    public TimeSpan? DeadlineMissedBy { get; private set; }

    public decimal? WorkHours { get; private set; }

    public IReadOnlyList<PartUsed> Parts => _parts;

    /// <summary>The fee for Paid work done on site (R10).</summary>
    public Money? Fee { get; private set; }

    public bool CollectedOnSite { get; private set; }

    /// <summary>R10: why a fee that could have been collected on the spot was not (shown to the accountant).</summary>
    public string? NotCollectedReason { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>The customer's signature for the on-site service, or for handing the product over to the workshop.</summary>
    public Signature? CustomerSignature { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? CancelReason { get; private set; }

    /// <summary>A3: corrections of the arrival time and the work hours, oldest first; the values above are the corrected ones.</summary>
    public IReadOnlyList<Correction> Corrections => _corrections;

    /// <summary>A1: the archive batch holding this record; once set, the record refuses every change.</summary>
    public Guid? ArchivedIn { get; private set; }

    public uint Version { get; private set; }

    /// <summary>R18 as seen at <paramref name="now"/>: still waiting for dispatch after its business day ended.</summary>
    public bool IsPriorityAt(DateTimeOffset now) => CarryOverPolicy.Priority.IsSatisfiedBy(this, now);

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
            ServiceLevelDeadline = DispatchDeadlinePolicy.DueAt(receivedAt, customer.Zone, unit.Policy, unit.Calendar),
            PriorityFrom = carryOver.PriorityFrom,
            Status = CallStatus.Registered,
        };
        call.DispatchDeadline = call.ServiceLevelDeadline;
        call.FollowDeadline(unit.DeadlineCalendar);
        var typeNote = call.ServiceTypeOverrideReason is { } reason ? $"; {call.ServiceType} by the clerk: {reason}" : string.Empty;
        var closedNote = call.DeadlineBasis == DeadlineBasis.Closure ? $"; the unit is closed, deadline {Invariant(call.DispatchDeadline)}" : string.Empty;
        call.Record(receivedAt, ServiceEventKind.CallRegistered, clerkId, $"{number}: {problem} ({entitledType} by entitlement{typeNote}{closedNote})");
        return call;
    }

    /// <summary>
    /// R19 with a declared closure: a call still waiting for its technician takes the deadline the unit's
    /// closures now give (<paramref name="deadlines"/>); one already reached keeps its verdict. Returns
    /// whether the deadline moved.
    /// </summary>
    public bool FollowClosures(WorkingCalendar deadlines, Guid closureId, DateTimeOffset at, Guid? actorId)
    {
        if (!AwaitingArrival.Is(Status))
        {
            return false;
        }

        var was = DispatchDeadline;
        if (!FollowDeadline(deadlines, closureId))
        {
            return false;
        }

        Record(at, ServiceEventKind.DeadlineMoved, actorId, $"deadline moved from {Invariant(was)} to {Invariant(DispatchDeadline)} by closure {closureId}");
        return true;
    }

    /// <summary>
    /// R19: the customer asks for a visit not before <paramref name="notBefore"/> (within a window up to
    /// <paramref name="until"/>). The deadline becomes the later of R19 from the call and the window's
    /// start plus <paramref name="travel"/> of working time; asked again, the new appointment replaces it.
    /// </summary>
    public void AgreeAppointment(DateTimeOffset notBefore, DateTimeOffset? until, TimeSpan travel, WorkingCalendar calendar, WorkingCalendar deadlines, DateTimeOffset now, Guid? actorId)
    {
        CheckRule(new AppointmentNeedsACallAwaitingArrivalRule(Status));
        SetAppointment(notBefore, until, travel, calendar, deadlines, now, actorId);
        Record(now, ServiceEventKind.AppointmentAgreed, actorId, $"customer appointment not before {Invariant(notBefore)}{(until is { } end ? $" until {Invariant(end)}" : string.Empty)}; deadline {Invariant(DispatchDeadline)}");
    }

    /// <summary>
    /// R19: the technician sent came at <paramref name="visitedAt"/> and found nobody. Not the service's
    /// breach: the clock restarts from the new appointment the customer gives, and the missed visit stays
    /// in the history.
    /// </summary>
    public void RecordCustomerNotAtHome(Guid technicianId, DateTimeOffset visitedAt, DateTimeOffset recordedAt, DateTimeOffset notBefore, DateTimeOffset? until, TimeSpan travel, WorkingCalendar calendar, WorkingCalendar deadlines)
    {
        CheckRule(new NotAtHomeNeedsADispatchedCallRule(Status));
        CheckRule(new OnlyTheAssignedTechnicianActsRule(TechnicianId, technicianId));
        ClaimedTime.Check("visit", visitedAt, recordedAt, "dispatch", DispatchedAt);
        SetAppointment(notBefore, until, travel, calendar, deadlines, recordedAt, technicianId);
        Record(visitedAt, ServiceEventKind.CustomerNotAtHome, technicianId,
            $"nobody at home; new appointment not before {Invariant(notBefore)}{(until is { } end ? $" until {Invariant(end)}" : string.Empty)}; deadline {Invariant(DispatchDeadline)}");
    }

    private void SetAppointment(DateTimeOffset notBefore, DateTimeOffset? until, TimeSpan travel, WorkingCalendar calendar, WorkingCalendar deadlines, DateTimeOffset now, Guid? actorId)
    {
        CheckRule(new AppointmentWindowMustEndAfterItStartsRule(notBefore, until));
        CheckRule(new AppointmentCannotPrecedeTheCallRule(ReceivedAt, notBefore));
        Appointment = new CustomerAppointment(notBefore, until, calendar.AddWorkingTime(notBefore, travel), now, actorId);
        FollowDeadline(deadlines);
    }

    /// <summary>
    /// The deadline in force: R19 from the call and the appointment's, each moved by the working time the
    /// closures take out of its span, the later of the two. Pure arithmetic on stored instants, so the same
    /// closures always give the same deadline, whatever order they came and went in.
    /// </summary>
    private bool FollowDeadline(WorkingCalendar deadlines, Guid? closureId = null)
    {
        var bySla = deadlines.MoveForClosures(ReceivedAt, ServiceLevelDeadline);
        var byAppointment = Appointment is { } a ? deadlines.MoveForClosures(a.NotBefore, a.DueBy) : (DateTimeOffset?)null;
        var (due, basis) = byAppointment is { } appointmentDue && appointmentDue > bySla
            ? (appointmentDue, DeadlineBasis.Appointment)
            : (bySla, bySla != ServiceLevelDeadline ? DeadlineBasis.Closure : DeadlineBasis.ServiceLevel);
        var unmoved = Appointment is { } agreed && agreed.DueBy > ServiceLevelDeadline ? agreed.DueBy : ServiceLevelDeadline;
        DeadlineMovedByClosure = due == unmoved ? null : closureId ?? DeadlineMovedByClosure;
        DeadlineBasis = basis;
        if (due == DispatchDeadline)
        {
            return false;
        }

        PreviousDeadline = DispatchDeadline;
        DispatchDeadline = due;
        return true;
    }

    /// <summary>
    /// R8: the supervisor assigns a technician; before arrival a reassignment needs a reason.
    /// <paramref name="at"/> is when it happened (a dispatch made by phone may be recorded later),
    /// never before the call or an earlier dispatch, never in the future.
    /// </summary>
    public void Dispatch(Guid technicianId, DateTimeOffset at, DateTimeOffset recordedAt, Guid? supervisorId, string? reassignReason)
    {
        CheckRule(new CallMustAwaitDispatchRule(Status));
        ClaimedTime.Check("dispatch", at, recordedAt, DispatchedAt is null ? "call" : "earlier dispatch", DispatchedAt ?? ReceivedAt);
        if (Status == CallStatus.Dispatched)
        {
            CheckRule(new ReassignmentNeedsAReasonRule(reassignReason));
            CheckRule(new ReassignmentMustChangeTheTechnicianRule(TechnicianId, technicianId));
            Record(at, ServiceEventKind.Reassigned, supervisorId, $"from {TechnicianId} to {technicianId}: {reassignReason}");
        }
        else
        {
            Record(at, ServiceEventKind.Dispatched, supervisorId, $"to {technicianId}");
        }

        TechnicianId = technicianId;
        DispatchedAt = at;
        DispatchRecordedAt = recordedAt;
        Status = CallStatus.Dispatched;
    }

    /// <summary>R19: the assigned technician is on site; the call keeps whether the deadline was met and by how much it was missed.</summary>
    public ArrivalOutcome RecordArrival(Guid technicianId, DateTimeOffset arrivedAt, DateTimeOffset recordedAt, WorkingCalendar calendar)
    {
        CheckRule(new ArrivalNeedsADispatchedCallRule(Status));
        CheckRule(new OnlyTheAssignedTechnicianActsRule(TechnicianId, technicianId));
        CheckRule(new ArrivalCannotPrecedeTheCallRule(ReceivedAt, arrivedAt));
        ClaimedTime.Check("arrival", arrivedAt, recordedAt, "dispatch", DispatchedAt);
        var outcome = DispatchDeadlinePolicy.Judge(DispatchDeadline, arrivedAt, calendar);
        ArrivedAt = arrivedAt;
        ArrivalRecordedAt = recordedAt;
        DeadlineMet = outcome.DeadlineMet;
        DeadlineMissedBy = outcome.MissedBy;
        Status = CallStatus.Arrived;
        Record(arrivedAt, ServiceEventKind.Arrived, technicianId, outcome.DeadlineMet ? "deadline met" : $"deadline missed by {outcome.MissedBy.TotalHours:0.##} working hours");
        return outcome;
    }

    /// <summary>
    /// A3: the supervisor corrects a mistaken arrival time, with a reason. R19 is judged again on the
    /// corrected time (so K1 counts it), the arrival stays within the call's own order of events, and the
    /// time first told stays readable in the correction and in the history.
    /// </summary>
    public ArrivalOutcome CorrectArrival(DateTimeOffset arrivedAt, string reason, Guid? supervisorId, DateTimeOffset now, WorkingCalendar calendar)
    {
        CheckRule(new ArrivalMustBeRecordedRule(ArrivedAt));
        CheckRule(new CorrectionMustChangeSomethingRule(arrivedAt != ArrivedAt));
        CheckRule(new ArrivalCannotPrecedeTheCallRule(ReceivedAt, arrivedAt));
        ClaimedTime.Check("arrival", arrivedAt, now, "dispatch", DispatchedAt);
        if (CustomerSignature is { } signature)
        {
            CheckRule(new SignatureCannotPrecedeArrivalRule(arrivedAt, signature));
        }

        var was = ArrivedAt!.Value;
        var outcome = DispatchDeadlinePolicy.Judge(DispatchDeadline, arrivedAt, calendar);
        _corrections.Add(new Correction("arrivedAt", Invariant(was), Invariant(arrivedAt), reason, supervisorId, now));
        ArrivedAt = arrivedAt;
        DeadlineMet = outcome.DeadlineMet;
        DeadlineMissedBy = outcome.MissedBy;
        Record(now, ServiceEventKind.ArrivalCorrected, supervisorId,
            $"arrival corrected from {Invariant(was)} to {Invariant(arrivedAt)} ({reason}); " + (outcome.DeadlineMet ? "deadline met" : $"deadline missed by {outcome.MissedBy.TotalHours:0.##} working hours"));
        return outcome;
    }

    /// <summary>
    /// A3: the supervisor corrects the hours of work finished on site, with a reason; the technician's
    /// daily report (R15) counts the corrected hours. Hours charged on a fee stand (<see cref="BilledHoursStandRule"/>).
    /// </summary>
    public void CorrectWorkHours(decimal workHours, string reason, Guid? supervisorId, DateTimeOffset now)
    {
        CheckRule(new WorkHoursMustBeRecordedRule(WorkHours));
        CheckRule(new BilledHoursStandRule(Fee));
        CheckRule(new CorrectionMustChangeSomethingRule(workHours != WorkHours));
        var was = WorkHours!.Value;
        _corrections.Add(new Correction("workHours", Invariant(was), Invariant(workHours), reason, supervisorId, now));
        WorkHours = workHours;
        Record(now, ServiceEventKind.WorkHoursCorrected, supervisorId, $"work hours corrected from {Invariant(was)} to {Invariant(workHours)} ({reason})");
    }

    /// <summary>
    /// A3: the supervisor corrects the quantity of a part used on site (numbered from 1, in the order
    /// recorded; 0 when it was not used after all), with a reason. Parts charged on the fee stand (409).
    /// </summary>
    /// <returns>The part as it stood, for the parts ledger's correcting line.</returns>
    public PartUsed CorrectPart(int entry, decimal quantity, string reason, Guid? supervisorId, DateTimeOffset now)
    {
        CheckRule(new PartEntryMustExistRule(entry, _parts.Count));
        CheckRule(new Billing.ChargedPartsStandRule(Fee is not null));
        var written = _parts[entry - 1];
        CheckRule(new CorrectionMustChangeSomethingRule(quantity != written.Quantity));
        _corrections.Add(new Correction("parts.quantity", Invariant(written.Quantity), Invariant(quantity), reason, supervisorId, now) { Entry = entry });
        _parts[entry - 1] = written with { Quantity = quantity };
        Record(now, ServiceEventKind.PartCorrected, supervisorId, $"part {entry} ({written.PartNumber}) corrected from {Invariant(written.Quantity)} to {Invariant(quantity)} ({reason})");
        return written;
    }

    private static string Invariant(IFormattable value) => value.ToString(value is DateTimeOffset ? "O" : "0.##", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// R9, R10: the technician finishes on site: hours, parts and the customer's signature. Paid work
    /// is charged labour at the unit's rate and the parts at their prices (R6 a); cash may be taken on
    /// the spot only when that total is at or below the unit's threshold.
    /// </summary>
    /// <remarks>R10: a fee the technician could collect on the spot is collected; not collecting it needs a reason.</remarks>
    /// <returns>The fee's lines; empty for Free and Contract work.</returns>
    public IReadOnlyList<ChargeLine> CompleteOnSite(Guid technicianId, DateTimeOffset at, decimal workHours, IEnumerable<PartUsed> parts, Signature signature, bool collectedOnSite, string? notCollectedReason, ServicePolicy policy)
    {
        CheckRule(new WorkNeedsAnArrivalRule(Status));
        CheckRule(new OnlyTheAssignedTechnicianActsRule(TechnicianId, technicianId));
        CheckSignature(signature);
        var used = parts.ToList();
        var charges = FeePolicy.Charges(ServiceType, workHours, used, policy.LabourRatePerHour);
        var fee = charges.Count == 0 ? null : FeePolicy.Total(charges, policy.LabourRatePerHour.Currency);
        CheckRule(new OnSiteCollectionWithinThresholdRule(ServiceType, fee, policy.OnSiteFeeThreshold, collectedOnSite));
        CheckRule(new UncollectedFeeNeedsAReasonRule(ServiceType, fee, policy.OnSiteFeeThreshold, collectedOnSite, notCollectedReason));
        WorkHours = workHours;
        _parts.AddRange(used);
        Fee = fee;
        CollectedOnSite = collectedOnSite;
        NotCollectedReason = fee is not null && !collectedOnSite && !string.IsNullOrWhiteSpace(notCollectedReason) ? notCollectedReason.Trim() : null;
        CompletedAt = at;
        CustomerSignature = signature;
        Status = CallStatus.CompletedOnSite;
        var feeNote = fee is null ? string.Empty : $", fee {fee}" + (collectedOnSite ? " collected on site" : " to collect") +
            (NotCollectedReason is { } why ? $" ({why})" : string.Empty);
        Record(at, ServiceEventKind.CompletedOnSite, technicianId, $"{workHours} h, {_parts.Count} part line(s){feeNote}");
        Record(signature.SignedAt, ServiceEventKind.CustomerSigned, technicianId, $"signed by {signature.SignerName}");
        return charges;
    }

    /// <summary>
    /// R11: the product leaves with the technician under a pickup receipt; the customer signs the
    /// certificate for it. Until the clerk receives it at the unit it is in transit.
    /// </summary>
    public void TakeToWorkshop(Guid technicianId, DateTimeOffset at, Signature signature)
    {
        CheckRule(new WorkNeedsAnArrivalRule(Status));
        CheckRule(new OnlyTheAssignedTechnicianActsRule(TechnicianId, technicianId));
        CheckSignature(signature);
        CustomerSignature = signature;
        Status = CallStatus.InTransit;
        Record(at, ServiceEventKind.TakenToWorkshop, technicianId, null);
        Record(signature.SignedAt, ServiceEventKind.CustomerSigned, technicianId, $"signed by {signature.SignerName} for the pickup");
    }

    /// <summary>
    /// R11: the technician hands the product to the clerk at the unit, at <paramref name="at"/> (as
    /// told; never before the pickup, never in the future). The movement line and repair card follow.
    /// </summary>
    public void ReceiveIntoWorkshop(DateTimeOffset at, DateTimeOffset recordedAt, DateTimeOffset pickedUpAt, Guid? clerkId)
    {
        CheckRule(new ProductMustBeInTransitRule(Status));
        ClaimedTime.Check("hand-over", at, recordedAt, "pickup", pickedUpAt);
        Status = CallStatus.InWorkshop;
        Record(at, ServiceEventKind.ReceivedIntoWorkshop, clerkId, null);
    }

    /// <summary>R9: back at the unit the clerk logs the finished call out of the register and files the certificate.</summary>
    public void LogOut(DateTimeOffset at, Guid? clerkId)
    {
        CheckRule(new OnlyFinishedCallsAreLoggedOutRule(Status));
        Close(at, clerkId);
    }

    /// <summary>R12: the product is back with the customer; the call ends with its repair card.</summary>
    public void CloseAfterReturn(DateTimeOffset at, Guid? clerkId)
    {
        CheckRule(new OnlyWorkshopCallsCloseOnReturnRule(Status));
        Close(at, clerkId);
    }

    /// <summary>The clerk cancels a call that nobody has reached yet.</summary>
    public void Cancel(string reason, DateTimeOffset at, Guid? clerkId)
    {
        CheckRule(new CallCanBeCancelledOnlyBeforeArrivalRule(Status));
        Status = CallStatus.Cancelled;
        CancelReason = reason;
        ClosedAt = at;
        Record(at, ServiceEventKind.CallCancelled, clerkId, reason);
    }

    private void CheckSignature(Signature signature)
    {
        CheckRule(new SignatureCannotPrecedeArrivalRule(ArrivedAt, signature));
        ClaimedTime.Check("signature", signature.SignedAt, signature.RecordedAt, "arrival", ArrivedAt);
    }

    private void Close(DateTimeOffset at, Guid? clerkId)
    {
        Status = CallStatus.Closed;
        ClosedAt = at;
        Record(at, ServiceEventKind.CertificateFiled, clerkId, null);
        Record(at, ServiceEventKind.CallClosed, clerkId, Number);
    }

    private void Record(DateTimeOffset at, ServiceEventKind kind, Guid? actorId, string? note) =>
        RecordHistory(new ServiceHistoryLine(CertificateId, Id, at, kind, actorId, note));
}
