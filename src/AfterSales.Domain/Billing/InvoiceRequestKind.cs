namespace AfterSales.Domain.Billing;

public enum InvoiceRequestKind
{
    /// <summary>R10: collected on the spot; the accountant issues and mails the invoice.</summary>
    CollectedOnSite,

    /// <summary>R10, R13: to be invoiced and collected later.</summary>
    ToCollect,

    /// <summary>R6 b: a maintenance contract term's fee.</summary>
    ContractFee,
}
