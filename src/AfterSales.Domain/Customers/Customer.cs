using AfterSales.Domain.Common;
using AfterSales.Domain.Units;

namespace AfterSales.Domain.Customers;

/// <summary>A customer in a unit's customer file: where to go and whom to call.</summary>
public sealed class Customer : Entity, IAggregateRoot, IBelongsToUnit, IVersioned
{
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

    public uint Version { get; private set; }

    public static Customer Register(Guid id, Guid unitId, string name, string address, string telephone, ServiceZone zone) =>
        new(id, unitId, name, address, telephone, zone);
}
