using AfterSales.Domain.Units;

namespace AfterSales.Application.Customers;

public sealed record CustomerDto(Guid Id, Guid UnitId, string Name, string Address, string Telephone, ServiceZone Zone);
