using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Units;
using AfterSales.Domain.Billing;

namespace AfterSales.Application.Billing;

public sealed record ChargeLineDto(ChargeKind Kind, string Description, decimal Quantity, MoneyDto UnitPrice, MoneyDto Amount);

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
    uint Version) : IHasVersion;

public sealed record CollectedCashDto(Guid Id, Guid UnitId, Guid TechnicianId, Guid CallId, Guid InvoiceRequestId, MoneyDto Amount, DateTimeOffset CollectedAt, Guid? HandoverId);

public sealed record CashHandoverDto(Guid Id, Guid UnitId, Guid TechnicianId, Guid AccountantId, IReadOnlyList<Guid> CollectionIds, MoneyDto Amount, DateTimeOffset ConfirmedAt);

/// <summary>A line of the parts ledger (R3); a correcting line (A3) carries the difference, the line it corrects and why.</summary>
public sealed record PartUsageDto(Guid Id, Guid UnitId, string PartNumber, decimal Quantity, MoneyDto UnitPrice, DateTimeOffset UsedAt, PartUsedWhere Where, Guid CallId, Guid? RepairCardId, Guid? CorrectionOf, string? CorrectionReason, Guid? CorrectedBy);
