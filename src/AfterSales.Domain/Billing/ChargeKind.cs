namespace AfterSales.Domain.Billing;

public enum ChargeKind
{
    Labour,
    Part,
    ContractFee,
}
