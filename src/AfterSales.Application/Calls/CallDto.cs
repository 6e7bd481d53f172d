using AfterSales.Application.Common.Mapping;
using Mapster;
using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Certificates;
using AfterSales.Application.Units;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Units;

namespace AfterSales.Application.Calls;

public sealed record PartDto(string PartNumber, decimal Quantity, MoneyDto UnitPrice)
{

    public PartUsed ToPart() => new(PartNumber.Trim(), Quantity, UnitPrice.ToMoney());
}

/// <summary>
/// The customer's signature: who signed and when (as told; never in the future, never before the step
/// it follows). <c>recordedAt</c> is set by the server when it records the signature; a value sent is ignored.
/// </summary>
public sealed record SignatureDto(string SignerName, DateTimeOffset SignedAt, DateTimeOffset? RecordedAt = null)
{

    public Signature ToSignature(DateTimeOffset recordedAt) => new(SignerName.Trim(), SignedAt, recordedAt);
}

/// <summary>
/// A line of the call register (form 002) with where the call stands. <c>priority</c> is R18 as of
/// the moment of reading; <c>timeline</c> is filled on a single call; <c>corrections</c> (A3) lists the
/// arrival time and work hours corrected since, with what they were and why (the fields read the corrected values).
/// </summary>
public sealed record CallDto(
    Guid Id,
    Guid UnitId,
    string Number,
    CallStatus Status,
    bool Priority,
    Guid CustomerId,
    Guid CertificateId,
    string CustomerName,
    string Address,
    string Telephone,
    string ProductModel,
    string SerialNumber,
    CallChannel Channel,
    DateTimeOffset ReceivedAt,
    string Problem,
    ServiceZone Zone,
    ServiceType ServiceType,
    string? ServiceTypeOverrideReason,
    DateTimeOffset DispatchDeadline,
    DateTimeOffset PriorityFrom,
    Guid? TechnicianId,
    DateTimeOffset? DispatchedAt,
    DateTimeOffset? DispatchRecordedAt,
    DateTimeOffset? ArrivedAt,
    DateTimeOffset? ArrivalRecordedAt,
    bool? DeadlineMet,
    decimal? DeadlineMissedByHours,
    decimal? WorkHours,
    IReadOnlyList<PartDto> Parts,
    MoneyDto? Fee,
    bool CollectedOnSite,
    string? NotCollectedReason,
    SignatureDto? CustomerSignature,
    DateTimeOffset? ClosedAt,
    string? CancelReason,
    IReadOnlyList<HistoryLineDto>? Timeline,
    IReadOnlyList<AfterSales.Application.Common.Corrections.CorrectionDto> Corrections,
    uint Version) : IHasVersion
{
    public static CallDto From(RepairCall c, DateTimeOffset now, IReadOnlyList<HistoryLineDto>? timeline = null) => new(
        c.Id,
        c.UnitId,
        c.Number,
        c.Status,
        c.IsPriorityAt(now),
        c.CustomerId,
        c.CertificateId,
        c.CustomerName,
        c.Address,
        c.Telephone,
        c.ProductModel,
        c.SerialNumber,
        c.Channel,
        c.ReceivedAt,
        c.Problem,
        c.Zone,
        c.ServiceType,
        c.ServiceTypeOverrideReason,
        c.DispatchDeadline,
        c.PriorityFrom,
        c.TechnicianId,
        c.DispatchedAt,
        c.DispatchRecordedAt,
        c.ArrivedAt,
        c.ArrivalRecordedAt,
        c.DeadlineMet,
        c.DeadlineMissedBy is { } missed ? decimal.Round((decimal)missed.TotalHours, 2) : null,
        c.WorkHours,
        c.Parts.Select(x => x.Adapt<PartDto>(Mappings.Config)).ToList(),
        c.Fee is null ? null : c.Fee.Adapt<MoneyDto>(Mappings.Config),
        c.CollectedOnSite,
        c.NotCollectedReason,
        c.CustomerSignature is null ? null : c.CustomerSignature.Adapt<SignatureDto>(Mappings.Config),
        c.ClosedAt,
        c.CancelReason,
        timeline,
        c.Corrections.Select(x => x.Adapt<AfterSales.Application.Common.Corrections.CorrectionDto>(Mappings.Config)).ToList(),
        c.Version);
}

public sealed class SignatureDtoValidator : AbstractValidator<SignatureDto>
{
    public SignatureDtoValidator()
    {
        RuleFor(s => s.SignerName).NotEmpty().MaximumLength(200);
        RuleFor(s => s.SignedAt).IsServiceInstant();
    }
}

public sealed class PartDtoValidator : AbstractValidator<PartDto>
{
    public PartDtoValidator()
    {
        RuleFor(p => p.PartNumber).NotEmpty().MaximumLength(64);
        RuleFor(p => p.Quantity).IsQuantity();
        RuleFor(p => p.UnitPrice).NotNull().SetValidator(new MoneyDtoValidator());
    }
}
