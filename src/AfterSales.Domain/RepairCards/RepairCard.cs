using AfterSales.Domain.Calls;
using AfterSales.Domain.Common;
using AfterSales.Domain.Registers;

namespace AfterSales.Domain.RepairCards;

/// <summary>
/// 修護卡 (form 005): hangs on the product in the workshop; records actual repair time and the parts
/// replaced, and carries the promised completion time that R14 escalation is measured against.
/// </summary>
public sealed class RepairCard : Entity, IAggregateRoot, IBelongsToUnit, IVersioned, IArchivable
{
    private List<RepairWorkEntry> _work = [];
    private List<RepairPartEntry> _parts = [];
    private List<InspectionEntry> _inspections = [];
    private List<RepairEscalation> _escalations = [];
    private List<Correction> _corrections = [];

    private RepairCard()
    {
        Number = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public string Number { get; private set; }

    public Guid CallId { get; private set; }

    public Guid CertificateId { get; private set; }

    public Guid PickupReceiptId { get; private set; }

    public ServiceType ServiceType { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>The promised completion time now in force (R14): the first, or the supervisor's new one.</summary>
    public DateTimeOffset PromisedAt { get; private set; }

    /// <summary>The first promise, kept when the supervisor sets a new one.</summary>
    public DateTimeOffset OriginalPromisedAt { get; private set; }

    /// <summary>
    /// The promise in force as it was given, before declared closures moved it (停班停課): what closures
    /// move, and what the promise returns to when they are taken back.
    /// </summary>
    public DateTimeOffset PromisedAtAsGiven { get; private set; }

    public RepairCardStatus Status { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public Signature? ReturnSignature { get; private set; }

    /// <summary>A1: the archive batch holding this record; once set, the record refuses every change.</summary>
    public Guid? ArchivedIn { get; private set; }

    public uint Version { get; private set; }

    public IReadOnlyList<RepairWorkEntry> Work => _work;

    public IReadOnlyList<RepairPartEntry> Parts => _parts;

    public IReadOnlyList<InspectionEntry> Inspections => _inspections;

    public IReadOnlyList<RepairEscalation> Escalations => _escalations;

    /// <summary>A3: corrections of work entries (by entry number), oldest first; the entries read the corrected hours.</summary>
    public IReadOnlyList<Correction> Corrections => _corrections;

    public decimal TotalHours => _work.Sum(w => w.Hours);

    /// <summary>R14: past its promised time and the product not yet back with the customer.</summary>
    public bool IsOverdueAt(DateTimeOffset now) => RepairLatenessPolicy.Late.IsSatisfiedBy(this, now);

    /// <summary>R14: late, and the technician has not reported it since the promise now in force was set.</summary>
    public bool IsUnreportedAt(DateTimeOffset now) => RepairLatenessPolicy.IsUnreported(IsOverdueAt(now), PromiseSetAt, _escalations);

    /// <summary>When the promise in force was made: at opening, or by the supervisor's last new promise.</summary>
    private DateTimeOffset PromiseSetAt =>
        _escalations.Where(e => e.Answer?.NewPromisedAt is not null).Select(e => e.Answer!.At).DefaultIfEmpty(OpenedAt).Max();

    /// <summary>R11: opened when the clerk receives the product, with the promise written on the pickup receipt.</summary>
    public static RepairCard Open(Guid id, string number, RepairCall call, PickupReceipt receipt, DateTimeOffset at, Guid? clerkId)
    {
        var promisedAt = receipt.PromisedAt;
        var card = new RepairCard
        {
            Id = id,
            UnitId = call.UnitId,
            Number = number,
            CallId = call.Id,
            CertificateId = call.CertificateId,
            PickupReceiptId = receipt.Id,
            ServiceType = call.ServiceType,
            OpenedAt = at,
            PromisedAt = promisedAt,
            OriginalPromisedAt = promisedAt,
            PromisedAtAsGiven = promisedAt,
            Status = RepairCardStatus.InRepair,
        };
        card.Record(at, ServiceEventKind.RepairCardOpened, clerkId, $"{number}, promised by {promisedAt:O}");
        return card;
    }

    /// <summary>R12: actual repair time; <paramref name="repairFinished"/> hands the card to inspection.</summary>
    public void RecordWork(Guid technicianId, DateTimeOffset at, decimal hours, string description, bool repairFinished)
    {
        CheckRule(new CardMustBeInRepairRule(Status));
        _work.Add(new RepairWorkEntry(at, technicianId, hours, description));
        Record(at, ServiceEventKind.RepairWork, technicianId, $"{hours} h: {description}");
        if (repairFinished)
        {
            Status = RepairCardStatus.AwaitingInspection;
        }
    }

    /// <summary>
    /// A3: the supervisor corrects the hours of a work entry (numbered from 1), with a reason; the card's
    /// total and the technician's daily report read the corrected hours, the correction keeps the first.
    /// </summary>
    public void CorrectWork(int entry, decimal hours, string reason, Guid? supervisorId, DateTimeOffset at)
    {
        CheckRule(new WorkEntryMustExistRule(entry, _work.Count));
        CheckRule(new ChargedRepairHoursStandRule(Status, ServiceType));
        var written = _work[entry - 1];
        CheckRule(new CorrectionMustChangeSomethingRule(hours != written.Hours));
        var was = written.Hours.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        var now = hours.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        _corrections.Add(new Correction("work.hours", was, now, reason, supervisorId, at) { Entry = entry });
        _work[entry - 1] = written with { Hours = hours };
        Record(at, ServiceEventKind.WorkHoursCorrected, supervisorId, $"work entry {entry} corrected from {was} h to {now} h ({reason})");
    }

    /// <summary>
    /// A3: the supervisor corrects the quantity of a part (numbered from 1, in the order recorded; 0 when it
    /// was not used after all), with a reason; the card reads the corrected quantity, the correction keeps
    /// the first. A paid repair returned to the customer had its parts charged: 409.
    /// </summary>
    /// <returns>The entry as it stood, for the parts ledger's correcting line.</returns>
    public RepairPartEntry CorrectPart(int entry, decimal quantity, string reason, Guid? supervisorId, DateTimeOffset at)
    {
        CheckRule(new PartEntryMustExistRule(entry, _parts.Count));
        CheckRule(new Billing.ChargedPartsStandRule(Status == RepairCardStatus.Closed && ServiceType == ServiceType.Paid));
        var written = _parts[entry - 1];
        CheckRule(new CorrectionMustChangeSomethingRule(quantity != written.Part.Quantity));
        var was = written.Part.Quantity.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
        var now = quantity.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
        _corrections.Add(new Correction("parts.quantity", was, now, reason, supervisorId, at) { Entry = entry });
        _parts[entry - 1] = written with { Part = written.Part with { Quantity = quantity } };
        Record(at, ServiceEventKind.PartCorrected, supervisorId, $"part {entry} ({written.Part.PartNumber}) corrected from {was} to {now} ({reason})");
        return written;
    }

    /// <summary>R12: a part replaced, with its number, quantity and unit price.</summary>
    public void RecordPart(Guid technicianId, DateTimeOffset at, PartUsed part)
    {
        CheckRule(new CardMustBeInRepairRule(Status));
        _parts.Add(new RepairPartEntry(at, technicianId, part));
        Record(at, ServiceEventKind.PartReplaced, technicianId, $"{part.Quantity} x {part.PartNumber} at {part.UnitPrice}");
    }

    /// <summary>R12: the supervisor inspects the repair; a failed inspection sends it back to repair.</summary>
    public void Inspect(Guid supervisorId, DateTimeOffset at, bool passed, string? note)
    {
        CheckRule(new CardMustAwaitInspectionRule(Status));
        CheckRule(new FailedInspectionNeedsANoteRule(passed, note));
        _inspections.Add(new InspectionEntry(at, supervisorId, passed, note));
        Status = passed ? RepairCardStatus.Passed : RepairCardStatus.InRepair;
        Record(at, passed ? ServiceEventKind.InspectionPassed : ServiceEventKind.InspectionFailed, supervisorId, note);
    }

    /// <summary>
    /// R12 (CloseRepairCard): only a card that passed inspection goes back to the customer, who signs.
    /// The return is when the customer signed (as told): never before the inspection, never in the future.
    /// </summary>
    public void Close(Signature signature, Guid? actorId)
    {
        CheckRule(new CardCanCloseOnlyAfterPassedInspectionRule(Status));
        CheckRule(new ReturnSignatureNeedsASignerRule(signature));
        ClaimedTime.Check("return", signature.SignedAt, signature.RecordedAt, "passed inspection", _inspections.LastOrDefault(i => i.Passed)?.At);
        Status = RepairCardStatus.Closed;
        ClosedAt = signature.SignedAt;
        ReturnSignature = signature;
        Record(signature.SignedAt, ServiceEventKind.CustomerSigned, actorId, $"signed by {signature.SignerName} on return");
    }

    /// <summary>R14: the technician reports to the supervisor that the card will miss, or has missed, its promised time.</summary>
    public RepairEscalation ReportLate(Guid escalationId, Guid technicianId, DateTimeOffset at, string reason)
    {
        CheckRule(new ClosedCardIsNeverLateRule(Status));
        var escalation = new RepairEscalation(escalationId, at, technicianId, reason, null);
        _escalations.Add(escalation);
        Record(at, ServiceEventKind.LateRepairReported, technicianId, $"promised by {PromisedAt:O}: {reason}");
        return escalation;
    }

    /// <summary>R14: the supervisor answers a report with the help given and may set a new promised time; the first promise is kept.</summary>
    public void AnswerEscalation(Guid escalationId, Guid supervisorId, DateTimeOffset at, string help, DateTimeOffset? newPromisedAt)
    {
        var index = _escalations.FindIndex(e => e.Id == escalationId);
        CheckRule(new EscalationMustBelongToTheCardRule(index >= 0));
        CheckRule(new EscalationIsAnsweredOnceRule(_escalations[index].Answer));
        CheckRule(new ClosedCardIsNeverLateRule(Status));
        if (newPromisedAt is { } promise)
        {
            CheckRule(new PromisedCompletionMustBeAfterOpeningRule(at, promise));
            PromisedAt = promise;
            PromisedAtAsGiven = promise;
        }

        _escalations[index] = _escalations[index] with { Answer = new EscalationAnswer(at, supervisorId, help, newPromisedAt) };
        Record(at, ServiceEventKind.LateRepairAnswered, supervisorId, newPromisedAt is { } p ? $"{help}; new promise {p:O}" : help);
    }

    /// <summary>
    /// R14 with a declared closure: the workshop does not work while the unit is closed, so the promise in
    /// force moves later by exactly the working time the closures take out of the span since it was given
    /// (<paramref name="deadlines"/> is the unit's calendar with its closures). A card already returned
    /// keeps its promise. Returns whether the promise moved.
    /// </summary>
    public bool FollowClosures(Calendars.WorkingCalendar deadlines, Guid closureId, DateTimeOffset at, Guid? actorId)
    {
        if (Status == RepairCardStatus.Closed)
        {
            return false;
        }

        var promise = deadlines.MoveForClosures(PromiseSetAt, PromisedAtAsGiven);
        if (promise == PromisedAt)
        {
            return false;
        }

        Record(at, ServiceEventKind.DeadlineMoved, actorId, $"promised completion moved from {PromisedAt:O} to {promise:O} by closure {closureId}");
        PromisedAt = promise;
        return true;
    }

    private void Record(DateTimeOffset at, ServiceEventKind kind, Guid? actorId, string? note) =>
        RecordHistory(new ServiceHistoryLine(CertificateId, CallId, at, kind, actorId, note));
}
