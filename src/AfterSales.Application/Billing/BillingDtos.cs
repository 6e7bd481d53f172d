using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Units;
using AfterSales.Domain.Billing;

namespace AfterSales.Application.Billing;

public sealed record ChargeLineDto(ChargeKind Kind, string Description, decimal Quantity, MoneyDto UnitPrice, MoneyDto Amount)
{
    public static ChargeLineDto From(ChargeLine l) => new(l.Kind, l.Description, l.Quantity, MoneyDto.From(l.UnitPrice), MoneyDto.From(l.Amount));
}

/// <summary>What an invoice needs: whom to bill, the lines and total, and what the request comes from.</summary>
public sealed record InvoiceRequestDto(
    Guid Id,
    Guid UnitId,
    InvoiceRequestKind Kind,
    string BillingName,
    string BillingAddress,
    string Currency,
    IReadOnlyList<ChargeLineDto> Lines,
    MoneyDto Total,
    Guid? CallId,
    Guid? CertificateId,
    Guid? ContractId,
    int? ContractTermNumber,
    DateTimeOffset RaisedAt,
    string? NotCollectedReason,
    string? InvoiceNumber,
    DateTimeOffset? IssuedAt,
    uint Version) : IHasVersion
{
    public static InvoiceRequestDto From(InvoiceRequest r) => new(
        r.Id, r.UnitId, r.Kind, r.BillingName, r.BillingAddress, r.Currency, r.Lines.Select(ChargeLineDto.From).ToList(), MoneyDto.From(r.Total),
        r.CallId, r.CertificateId, r.ContractId, r.ContractTermNumber, r.RaisedAt, r.NotCollectedReason, r.InvoiceNumber, r.IssuedAt, r.Version);
}

public sealed record CollectedCashDto(Guid Id, Guid UnitId, Guid TechnicianId, Guid CallId, Guid InvoiceRequestId, MoneyDto Amount, DateTimeOffset CollectedAt, Guid? HandoverId)
{
    public static CollectedCashDto From(CollectedCash c) =>
        new(c.Id, c.UnitId, c.TechnicianId, c.CallId, c.InvoiceRequestId, MoneyDto.From(c.Amount), c.CollectedAt, c.HandoverId);
}

public sealed record CashHandoverDto(Guid Id, Guid UnitId, Guid TechnicianId, Guid AccountantId, IReadOnlyList<Guid> CollectionIds, MoneyDto Amount, DateTimeOffset ConfirmedAt)
{
    public static CashHandoverDto From(CashHandover h) =>
        new(h.Id, h.UnitId, h.TechnicianId, h.AccountantId, h.CollectionIds.ToList(), MoneyDto.From(h.Amount), h.ConfirmedAt);
}

public sealed record PartUsageDto(Guid Id, Guid UnitId, string PartNumber, decimal Quantity, MoneyDto UnitPrice, DateTimeOffset UsedAt, PartUsedWhere Where, Guid CallId, Guid? RepairCardId)
{
    public static PartUsageDto From(PartUsage p) =>
        new(p.Id, p.UnitId, p.PartNumber, p.Quantity, MoneyDto.From(p.UnitPrice), p.UsedAt, p.Where, p.CallId, p.RepairCardId);
}
