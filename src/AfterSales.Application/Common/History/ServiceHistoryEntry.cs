using AfterSales.Domain.Common;

namespace AfterSales.Application.Common.History;

/// <summary>A saved line of a service certificate's history (form 001), in the order it was recorded.</summary>
public sealed class ServiceHistoryEntry
{
    public long Sequence { get; init; }

    public Guid CertificateId { get; init; }

    public Guid? CallId { get; init; }

    public DateTimeOffset At { get; init; }

    public ServiceEventKind Kind { get; init; }

    public Guid? ActorId { get; init; }

    public string? Note { get; init; }
}
