using AfterSales.Domain.Common;

namespace AfterSales.Domain.Billing;

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
