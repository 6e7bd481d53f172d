using AfterSales.Domain.Common;

namespace AfterSales.Domain.Billing;

/// <summary>R10: cash a technician took on the spot, which they owe the unit's accountant until it is handed over.</summary>
public sealed class CollectedCash : Entity, IBelongsToUnit, IVersioned
{
    private CollectedCash()
    {
        Amount = null!;
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public Guid TechnicianId { get; private set; }

    public Guid CallId { get; private set; }

    public Guid InvoiceRequestId { get; private set; }

    public Money Amount { get; private set; }

    public DateTimeOffset CollectedAt { get; private set; }

    public Guid? HandoverId { get; private set; }

    public uint Version { get; private set; }

    public static CollectedCash Record(Guid id, Guid unitId, Guid technicianId, Guid callId, Guid invoiceRequestId, Money amount, DateTimeOffset at) =>
        new() { Id = id, UnitId = unitId, TechnicianId = technicianId, CallId = callId, InvoiceRequestId = invoiceRequestId, Amount = amount, CollectedAt = at };

    public void HandOver(Guid handoverId)
    {
        CheckRule(new CollectionIsHandedOverOnceRule(HandoverId));
        HandoverId = handoverId;
    }
}
