using AfterSales.Application.Common.Mapping;
using Mapster;
using AfterSales.Application.Calls;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Calls;
using AfterSales.Domain.RepairCards;

namespace AfterSales.Application.RepairCards;

public sealed record RepairWorkDto(DateTimeOffset At, Guid TechnicianId, decimal Hours, string Description);

public sealed record RepairPartDto(DateTimeOffset At, Guid TechnicianId, PartDto Part);

public sealed record InspectionDto(DateTimeOffset At, Guid SupervisorId, bool Passed, string? Note);

public sealed record EscalationAnswerDto(DateTimeOffset At, Guid SupervisorId, string Help, DateTimeOffset? NewPromisedAt);

/// <summary>R14: a technician's report that the card will miss its promised time, with the supervisor's answer.</summary>
public sealed record EscalationDto(Guid Id, DateTimeOffset ReportedAt, Guid TechnicianId, string Reason, EscalationAnswerDto? Answer);

/// <summary>
/// 修護卡 (form 005). R14 as of the moment of reading: <c>overdue</c> (late) is past the promise in
/// force with the product not yet returned (in repair, awaiting inspection or return);
/// <c>unreported</c> is late without the technician's report since that promise was set;
/// <c>escalatedToSupervisor</c> says a report was made. <c>originalPromisedAt</c> is the first promise;
/// <c>promisedAtAsGiven</c> the promise in force as given, before declared closures moved it to <c>promisedAt</c>.
/// </summary>
public sealed record RepairCardDto(
    Guid Id,
    Guid UnitId,
    string Number,
    Guid CallId,
    Guid CertificateId,
    Guid PickupReceiptId,
    ServiceType ServiceType,
    RepairCardStatus Status,
    DateTimeOffset OpenedAt,
    DateTimeOffset PromisedAt,
    DateTimeOffset OriginalPromisedAt,
    DateTimeOffset PromisedAtAsGiven,
    bool Overdue,
    bool Unreported,
    bool EscalatedToSupervisor,
    IReadOnlyList<EscalationDto> Escalations,
    decimal TotalHours,
    IReadOnlyList<RepairWorkDto> Work,
    IReadOnlyList<RepairPartDto> Parts,
    IReadOnlyList<InspectionDto> Inspections,
    DateTimeOffset? ClosedAt,
    SignatureDto? ReturnSignature,
    IReadOnlyList<AfterSales.Application.Common.Corrections.CorrectionDto> Corrections,
    uint Version) : IHasVersion
{
    public static RepairCardDto From(RepairCard c, DateTimeOffset now)
    {
        return new RepairCardDto(
            c.Id,
            c.UnitId,
            c.Number,
            c.CallId,
            c.CertificateId,
            c.PickupReceiptId,
            c.ServiceType,
            c.Status,
            c.OpenedAt,
            c.PromisedAt,
            c.OriginalPromisedAt,
            c.PromisedAtAsGiven,
            c.IsOverdueAt(now),
            c.IsUnreportedAt(now),
            c.Escalations.Count > 0,
            c.Escalations.Select(x => x.Adapt<EscalationDto>(Mappings.Config)).ToList(),
            c.TotalHours,
            c.Work.Select(w => w.Adapt<RepairWorkDto>(Mappings.Config)).ToList(),
            c.Parts.Select(p => p.Adapt<RepairPartDto>(Mappings.Config)).ToList(),
            c.Inspections.Select(i => i.Adapt<InspectionDto>(Mappings.Config)).ToList(),
            c.ClosedAt,
            c.ReturnSignature is null ? null : c.ReturnSignature.Adapt<SignatureDto>(Mappings.Config),
            c.Corrections.Select(x => x.Adapt<AfterSales.Application.Common.Corrections.CorrectionDto>(Mappings.Config)).ToList(),
            c.Version);
    }
}

/// <summary>客戶商品領取收據 (form 003), the promise written on it, and whether it has been taken back and voided (or declared lost).</summary>
public sealed record PickupReceiptDto(Guid Id, Guid UnitId, string Number, Guid CallId, Guid CertificateId, string CustomerName, string ProductModel, string SerialNumber, DateTimeOffset IssuedAt, DateTimeOffset PromisedAt, DateTimeOffset? VoidedAt, bool IsVoid, string? LostReason);
