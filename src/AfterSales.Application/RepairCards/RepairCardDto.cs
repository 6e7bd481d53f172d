using AfterSales.Application.Calls;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Workshop;

namespace AfterSales.Application.RepairCards;

public sealed record RepairWorkDto(DateTimeOffset At, Guid TechnicianId, decimal Hours, string Description);

public sealed record RepairPartDto(DateTimeOffset At, Guid TechnicianId, PartDto Part);

public sealed record InspectionDto(DateTimeOffset At, Guid SupervisorId, bool Passed, string? Note);

/// <summary>
/// 修護卡 (form 005). <c>overdue</c> and <c>escalatedToSupervisor</c> are R14 as of the moment of
/// reading: past the promised time and not yet repaired.
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
    bool Overdue,
    bool EscalatedToSupervisor,
    decimal TotalHours,
    IReadOnlyList<RepairWorkDto> Work,
    IReadOnlyList<RepairPartDto> Parts,
    IReadOnlyList<InspectionDto> Inspections,
    DateTimeOffset? ClosedAt,
    SignatureDto? ReturnSignature,
    uint Version) : IHasVersion
{
    public static RepairCardDto From(RepairCard c, DateTimeOffset now)
    {
        var overdue = c.IsOverdueAt(now);
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
            overdue,
            overdue,
            c.TotalHours,
            c.Work.Select(w => new RepairWorkDto(w.At, w.TechnicianId, w.Hours, w.Description)).ToList(),
            c.Parts.Select(p => new RepairPartDto(p.At, p.TechnicianId, PartDto.From(p.Part))).ToList(),
            c.Inspections.Select(i => new InspectionDto(i.At, i.SupervisorId, i.Passed, i.Note)).ToList(),
            c.ClosedAt,
            c.ReturnSignature is null ? null : new SignatureDto(c.ReturnSignature.SignerName, c.ReturnSignature.SignedAt),
            c.Version);
    }
}

/// <summary>客戶商品領取收據 (form 003) and whether it has been taken back and voided.</summary>
public sealed record PickupReceiptDto(Guid Id, Guid UnitId, string Number, Guid CallId, Guid CertificateId, string CustomerName, string ProductModel, string SerialNumber, DateTimeOffset IssuedAt, DateTimeOffset? VoidedAt, bool IsVoid)
{
    public static PickupReceiptDto From(PickupReceipt r) =>
        new(r.Id, r.UnitId, r.Number, r.CallId, r.CertificateId, r.CustomerName, r.ProductModel, r.SerialNumber, r.IssuedAt, r.VoidedAt, r.IsVoid);
}
