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

/// <summary>
/// A technician's cash handed to the unit's accountant, who counts and confirms it. The counted
/// amount must equal the collections it covers, to the cent.
/// </summary>
public sealed class CashHandover : Entity, IBelongsToUnit, IAggregateRoot
{
    private List<Guid> _collectionIds = [];

    private CashHandover()
    {
        Amount = null!;
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public Guid TechnicianId { get; private set; }

    public Guid AccountantId { get; private set; }

    public IReadOnlyList<Guid> CollectionIds => _collectionIds;

    public Money Amount { get; private set; }

    public DateTimeOffset ConfirmedAt { get; private set; }

    public static CashHandover Confirm(Guid id, Guid unitId, Guid technicianId, Guid accountantId, IReadOnlyList<CollectedCash> collections, Money counted, DateTimeOffset at)
    {
        CheckRule(new HandoverCoversCollectionsRule(collections.Count));
        CheckRule(new HandoverCoversOnlyTheTechniciansCashRule(collections, unitId, technicianId));
        var expected = new Money(collections.Sum(c => c.Amount.Amount), counted.Currency);
        CheckRule(new HandoverMustMatchCollectionsRule(collections, counted));
        var handover = new CashHandover
        {
            Id = id,
            UnitId = unitId,
            TechnicianId = technicianId,
            AccountantId = accountantId,
            _collectionIds = collections.Select(c => c.Id).ToList(),
            Amount = expected,
            ConfirmedAt = at,
        };
        foreach (var collection in collections)
        {
            collection.HandOver(id);
        }

        return handover;
    }
}

public sealed class CollectionIsHandedOverOnceRule(Guid? handoverId) : IStateRule
{
    public bool IsBroken() => handoverId is not null;

    public string Message => $"This collection was already handed over (handover {handoverId}).";
}

public sealed class HandoverCoversCollectionsRule(int count) : IBusinessRule
{
    public bool IsBroken() => count == 0;

    public string Message => "A handover covers at least one collection.";
}

public sealed class HandoverCoversOnlyTheTechniciansCashRule(IReadOnlyList<CollectedCash> collections, Guid unitId, Guid technicianId) : IBusinessRule
{
    public bool IsBroken() => collections.Any(c => c.TechnicianId != technicianId || c.UnitId != unitId);

    public string Message => "A handover covers only cash this technician collected for this unit.";
}

/// <summary>The counted cash must equal the collections to the cent; the problem says by how much it differs.</summary>
public sealed class HandoverMustMatchCollectionsRule(IReadOnlyList<CollectedCash> collections, Money counted) : IBusinessRule, IExplainsDifference
{
    private Money Expected => new(collections.Where(c => c.Amount.Currency == counted.Currency).Sum(c => c.Amount.Amount), counted.Currency);

    public bool IsBroken() => collections.Any(c => c.Amount.Currency != counted.Currency) || Expected.Amount != counted.Amount;

    public Money Difference => new(counted.Amount - Expected.Amount, counted.Currency);

    public string Message => $"The counted cash ({counted}) does not match the collections ({Expected}): a difference of {Difference}.";
}
