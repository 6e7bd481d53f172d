using AfterSales.Domain.Certificates;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Units;

namespace AfterSales.Application.Customers;

public sealed record CustomerDto(Guid Id, Guid UnitId, string Name, string Address, string Telephone, ServiceZone Zone)
{
    public static CustomerDto From(Customer c) => new(c.Id, c.UnitId, c.Name, c.Address, c.Telephone, c.Zone);
}
