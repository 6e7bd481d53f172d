using AfterSales.Domain.Common;
using AfterSales.Domain.Units;

namespace AfterSales.Domain.Customers;

/// <summary>A customer in a unit's customer file: where to go and whom to call.</summary>
public sealed class Customer : Entity, IAggregateRoot, IBelongsToUnit, IVersioned
{
    private List<Correction> _corrections = [];

    private Customer()
    {
        Name = Address = Telephone = string.Empty;
    }

    private Customer(Guid id, Guid unitId, string name, string address, string telephone, ServiceZone zone)
    {
        Id = id;
        UnitId = unitId;
        Name = name;
        Address = address;
        Telephone = telephone;
        Zone = zone;
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public string Name { get; private set; }

    public string Address { get; private set; }

    public string Telephone { get; private set; }

    /// <summary>Urban or suburban, from the customer's site; it sets the dispatch deadline (R19).</summary>
    public ServiceZone Zone { get; private set; }

    /// <summary>A3: corrections of the customer's particulars, oldest first; the values above are the corrected ones.</summary>
    public IReadOnlyList<Correction> Corrections => _corrections;

    public uint Version { get; private set; }

    public static Customer Register(Guid id, Guid unitId, string name, string address, string telephone, ServiceZone zone) =>
        new(id, unitId, name, address, telephone, zone);

    /// <summary>
    /// A3: the clerk corrects a mistaken address, telephone or zone, with a reason. Calls already registered
    /// keep the particulars they were registered with (that is where the technician went); later calls use
    /// the corrected ones, and a corrected zone sets their deadline (R19).
    /// </summary>
    public void CorrectParticulars(string? address, string? telephone, ServiceZone? zone, string reason, Guid? clerkId, DateTimeOffset at)
    {
        var changes = new List<Correction>();
        if (address is not null && address != Address)
        {
            changes.Add(new Correction("address", Address, address, reason, clerkId, at));
            Address = address;
        }

        if (telephone is not null && telephone != Telephone)
        {
            changes.Add(new Correction("telephone", Telephone, telephone, reason, clerkId, at));
            Telephone = telephone;
        }

        if (zone is { } newZone && newZone != Zone)
        {
            changes.Add(new Correction("zone", Zone.ToString(), newZone.ToString(), reason, clerkId, at));
            Zone = newZone;
        }

        CheckRule(new CorrectionMustChangeSomethingRule(changes.Count > 0));
        _corrections.AddRange(changes);
    }
}
