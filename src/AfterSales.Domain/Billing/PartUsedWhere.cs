namespace AfterSales.Domain.Billing;

public enum PartUsedWhere
{
    OnSite,
    Workshop,
}
