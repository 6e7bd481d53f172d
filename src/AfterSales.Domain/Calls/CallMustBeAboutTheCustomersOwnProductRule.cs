using AfterSales.Domain.Common;
using AfterSales.Domain.Certificates;
using AfterSales.Domain.Customers;

namespace AfterSales.Domain.Calls;

public sealed class CallMustBeAboutTheCustomersOwnProductRule(Customer customer, ServiceCertificate certificate) : IBusinessRule
{
    public bool IsBroken() => certificate.CustomerId != customer.Id || certificate.UnitId != customer.UnitId;

    public string Message => "The service certificate does not belong to this customer.";
}
