using System.Text.Json;

namespace AfterSales.Application.Events;

/// <summary>
/// A domain event in the transactional outbox: written in the same transaction as the change it tells
/// of, so nothing is told that was not committed and nothing committed goes untold. Read in commit order
/// through the events feed (<c>GET /events</c>), with the invoice feed's no-skip guarantee.
/// </summary>
public sealed class OutboxEvent
{
    /// <summary>The order events were added in: numbered by the database as they are inserted, in that order.</summary>
    public long Position { get; init; }

    /// <summary>The event's identity, for consumers to de-duplicate on.</summary>
    public Guid Id { get; init; }

    public Guid UnitId { get; init; }

    /// <summary>What happened: a call's step as its history names it (<c>CallRegistered</c>, <c>Dispatched</c>, <c>Arrived</c>, <c>DeadlineMoved</c>, …), <c>InvoiceRequestRaised</c>, <c>ComplaintReceived</c>, <c>ComplaintTriaged</c>, <c>ComplaintClosed</c>.</summary>
    public string Type { get; init; } = string.Empty;

    /// <summary>What it happened to: <c>Call</c>, <c>RepairCard</c>, <c>InvoiceRequest</c>, <c>Complaint</c>, …</summary>
    public string SubjectType { get; init; } = string.Empty;

    public Guid SubjectId { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>The event's facts, as JSON.</summary>
    public string Payload { get; init; } = "{}";

    public static OutboxEvent Of(Guid unitId, string type, string subjectType, Guid subjectId, DateTimeOffset occurredAt, object payload) => new()
    {
        Id = Guid.CreateVersion7(occurredAt),
        UnitId = unitId,
        Type = type,
        SubjectType = subjectType,
        SubjectId = subjectId,
        OccurredAt = occurredAt,
        Payload = JsonSerializer.Serialize(payload, PayloadJson),
    };

    private static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web);
}

/// <summary>An event as a consumer reads it; <c>id</c> is the key to de-duplicate on (delivery is at least once).</summary>
public sealed record EventDto(Guid Id, string Type, Guid UnitId, string SubjectType, Guid SubjectId, DateTimeOffset OccurredAt, JsonElement Payload)
{
    public static EventDto From(OutboxEvent e)
    {
        using var payload = JsonDocument.Parse(e.Payload);
        return new EventDto(e.Id, e.Type, e.UnitId, e.SubjectType, e.SubjectId, e.OccurredAt, payload.RootElement.Clone());
    }
}
