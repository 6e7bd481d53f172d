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

/// <summary>
/// 服務憑證 (form 001): made when a product is sold; the product's service history and the
/// technician's proof of service, signed by the customer at each service.
/// </summary>
public sealed class ServiceCertificate : Entity, IAggregateRoot, IBelongsToUnit
{
    private ServiceCertificate()
    {
        Model = SerialNumber = string.Empty;
    }

    private ServiceCertificate(Guid id, Guid unitId, Guid customerId, string model, string serialNumber, DateOnly soldOn, DateOnly warrantyEndsOn)
    {
        Id = id;
        UnitId = unitId;
        CustomerId = customerId;
        Model = model;
        SerialNumber = serialNumber;
        SoldOn = soldOn;
        WarrantyEndsOn = warrantyEndsOn;
        CheckRule(new WarrantyCannotEndBeforeSaleRule(soldOn, warrantyEndsOn));
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public Guid CustomerId { get; private set; }

    public string Model { get; private set; }

    public string SerialNumber { get; private set; }

    public DateOnly SoldOn { get; private set; }

    /// <summary>The last day of the free warranty period (R6 c), inclusive.</summary>
    public DateOnly WarrantyEndsOn { get; private set; }

    public static ServiceCertificate Issue(Guid id, Guid unitId, Guid customerId, string model, string serialNumber, DateOnly soldOn, DateOnly warrantyEndsOn) =>
        new(id, unitId, customerId, model, serialNumber, soldOn, warrantyEndsOn);
}

public sealed class WarrantyCannotEndBeforeSaleRule(DateOnly soldOn, DateOnly warrantyEndsOn) : IBusinessRule
{
    public bool IsBroken() => warrantyEndsOn < soldOn;

    public string Message => $"The warranty cannot end ({warrantyEndsOn:yyyy-MM-dd}) before the sale ({soldOn:yyyy-MM-dd}).";
}
