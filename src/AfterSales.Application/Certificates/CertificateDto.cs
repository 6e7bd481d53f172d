using AfterSales.Domain.Certificates;
using AfterSales.Domain.Common;

namespace AfterSales.Application.Certificates;

/// <summary>A service certificate (form 001) with its service history, oldest line first.</summary>
public sealed record CertificateDto(
    Guid Id,
    Guid UnitId,
    Guid CustomerId,
    string Model,
    string SerialNumber,
    DateOnly SoldOn,
    DateOnly WarrantyEndsOn,
    IReadOnlyList<HistoryLineDto> History)
{
    public static CertificateDto From(ServiceCertificate c, IReadOnlyList<HistoryLineDto> history) =>
        new(c.Id, c.UnitId, c.CustomerId, c.Model, c.SerialNumber, c.SoldOn, c.WarrantyEndsOn, history);
}

public sealed record HistoryLineDto(long Sequence, DateTimeOffset At, ServiceEventKind Kind, Guid? CallId, Guid? ActorId, string? Note);
