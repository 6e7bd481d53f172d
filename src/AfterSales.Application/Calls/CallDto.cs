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
/// R19: <c>dispatchDeadline</c> is the deadline in force (K1 judges the call on it); <c>serviceLevelDeadline</c>
/// the one R19 gave at the call; <c>previousDeadline</c> the one before the last move, <c>deadlineBasis</c> why it
/// is what it is and <c>deadlineMovedByClosure</c> the closure that moved it. <c>atRisk</c> and
/// <c>workingHoursLeft</c> are as of the moment of reading, for a call still waiting for its technician.
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
    DateTimeOffset ServiceLevelDeadline,
    DateTimeOffset? PreviousDeadline,
    DeadlineBasis DeadlineBasis,
    Guid? DeadlineMovedByClosure,
    AppointmentViewDto? Appointment,
    bool AtRisk,
    decimal? WorkingHoursLeft,
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
        c.ServiceLevelDeadline,
        c.PreviousDeadline,
        c.DeadlineBasis,
        c.DeadlineMovedByClosure,
        c.Appointment is { } a ? new AppointmentViewDto(a.NotBefore, a.Until, a.DueBy, a.AgreedAt, a.AgreedBy) : null,
        false,
        null,
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

    /// <summary>R19 at risk as of <paramref name="now"/>, counted on the unit's calendar with its closures; for a waiting call.</summary>
    public CallDto WithTimeLeft(AfterSales.Domain.Calendars.WorkingCalendar deadlines, DateTimeOffset now, TimeSpan atRiskWindow)
    {
        var left = deadlines.WorkingTimeBetween(now, DispatchDeadline);
        return this with
        {
            AtRisk = DispatchDeadline > now && left <= atRiskWindow,
            WorkingHoursLeft = decimal.Round((decimal)left.TotalHours, 2),
        };
    }
}

/// <summary>The visit the customer asked for and the deadline it gives (<c>dueBy</c>, before any closure).</summary>
public sealed record AppointmentViewDto(DateTimeOffset NotBefore, DateTimeOffset? Until, DateTimeOffset DueBy, DateTimeOffset AgreedAt, Guid? AgreedBy);

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
