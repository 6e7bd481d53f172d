using AfterSales.Domain.Common;

namespace AfterSales.Domain.Certificates;

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
