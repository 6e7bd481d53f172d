using AfterSales.Domain.Calls;
using AfterSales.Domain.Common;

namespace AfterSales.Domain.Workshop;

public enum RepairCardStatus
{
    /// <summary>Being repaired; escalated to the supervisor once past its promised time (R14).</summary>
    InRepair,

    /// <summary>The technician says it is repaired; waiting for the supervisor's inspection (R12).</summary>
    AwaitingInspection,

    /// <summary>Inspection passed; ready to go back to the customer.</summary>
    Passed,

    /// <summary>Returned to the customer (CloseRepairCard).</summary>
    Closed,
}

public sealed record RepairWorkEntry(DateTimeOffset At, Guid TechnicianId, decimal Hours, string Description);

public sealed record RepairPartEntry(DateTimeOffset At, Guid TechnicianId, PartUsed Part);

public sealed record InspectionEntry(DateTimeOffset At, Guid SupervisorId, bool Passed, string? Note);

/// <summary>
/// 修護卡 (form 005): hangs on the product in the workshop; records actual repair time and the parts
/// replaced, and carries the promised completion time that R14 escalation is measured against.
/// </summary>
public sealed class RepairCard : Entity, IBelongsToUnit, IVersioned
{
    private List<RepairWorkEntry> _work = [];
    private List<RepairPartEntry> _parts = [];
    private List<InspectionEntry> _inspections = [];

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

    public DateTimeOffset PromisedAt { get; private set; }

    public RepairCardStatus Status { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public Signature? ReturnSignature { get; private set; }

    public uint Version { get; private set; }

    public IReadOnlyList<RepairWorkEntry> Work => _work;

    public IReadOnlyList<RepairPartEntry> Parts => _parts;

    public IReadOnlyList<InspectionEntry> Inspections => _inspections;

    public decimal TotalHours => _work.Sum(w => w.Hours);

    /// <summary>R14: past its promised time and not yet repaired, the card is escalated to the supervisor.</summary>
    public bool IsOverdueAt(DateTimeOffset now) => RepairOverduePolicy.IsOverdue(Status, PromisedAt, now);

    public static RepairCard Open(Guid id, string number, RepairCall call, PickupReceipt receipt, DateTimeOffset at, DateTimeOffset promisedAt, Guid technicianId)
    {
        CheckRule(new PromisedCompletionMustBeAfterOpeningRule(at, promisedAt));
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
            Status = RepairCardStatus.InRepair,
        };
        card.Record(at, ServiceEventKind.RepairCardOpened, technicianId, $"{number}, promised by {promisedAt:O}");
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

    /// <summary>R12 (CloseRepairCard): only a card that passed inspection goes back to the customer, who signs.</summary>
    public void Close(DateTimeOffset at, Signature signature, Guid? clerkId)
    {
        CheckRule(new CardCanCloseOnlyAfterPassedInspectionRule(Status));
        CheckRule(new ReturnSignatureNeedsASignerRule(signature));
        Status = RepairCardStatus.Closed;
        ClosedAt = at;
        ReturnSignature = signature;
        Record(signature.SignedAt, ServiceEventKind.CustomerSigned, clerkId, $"signed by {signature.SignerName} on return");
    }

    private void Record(DateTimeOffset at, ServiceEventKind kind, Guid? actorId, string? note) =>
        RecordHistory(new ServiceHistoryLine(CertificateId, CallId, at, kind, actorId, note));
}

/// <summary>R14: a card not repaired by its promised time is escalated to the supervisor; derived from the time, not from a job.</summary>
public static class RepairOverduePolicy
{
    public static bool IsOverdue(RepairCardStatus status, DateTimeOffset promisedAt, DateTimeOffset now) =>
        status == RepairCardStatus.InRepair && now > promisedAt;
}

public sealed class PromisedCompletionMustBeAfterOpeningRule(DateTimeOffset openedAt, DateTimeOffset promisedAt) : IBusinessRule
{
    public bool IsBroken() => promisedAt <= openedAt;

    public string Message => "The promised completion time must be after the card is opened.";
}

public sealed class CardMustBeInRepairRule(RepairCardStatus status) : IStateRule
{
    public bool IsBroken() => status != RepairCardStatus.InRepair;

    public string Message => $"The card is {status}; work and parts are recorded only while it is in repair.";
}

public sealed class CardMustAwaitInspectionRule(RepairCardStatus status) : IStateRule
{
    public bool IsBroken() => status != RepairCardStatus.AwaitingInspection;

    public string Message => status == RepairCardStatus.InRepair
        ? "The repair is not finished yet; there is nothing to inspect."
        : $"The card is {status}; it was already inspected.";
}

public sealed class FailedInspectionNeedsANoteRule(bool passed, string? note) : IBusinessRule
{
    public bool IsBroken() => !passed && string.IsNullOrWhiteSpace(note);

    public string Message => "A failed inspection needs a note saying what to redo.";
}

public sealed class CardCanCloseOnlyAfterPassedInspectionRule(RepairCardStatus status) : IStateRule
{
    public bool IsBroken() => status != RepairCardStatus.Passed;

    public string Message => status == RepairCardStatus.Closed
        ? "The card is already closed; the product was returned."
        : $"The card is {status}; it can be closed only after a passed inspection.";
}

public sealed class ReturnSignatureNeedsASignerRule(Signature signature) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(signature.SignerName);

    public string Message => "The customer's signature on return needs the signer's name.";
}
