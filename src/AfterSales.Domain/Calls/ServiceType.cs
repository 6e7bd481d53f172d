namespace AfterSales.Domain.Calls;

/// <summary>R6: every piece of work has exactly one type.</summary>
public enum ServiceType
{
    /// <summary>(a) 收費服務: the customer pays a service fee.</summary>
    Paid,

    /// <summary>(b) 合同服務: covered by an active maintenance contract, billed under it.</summary>
    Contract,

    /// <summary>(c) 免費服務: inside the product's free warranty period.</summary>
    Free,

    /// <summary>(d) 行政工作: internal work with no customer, logged by technicians themselves.</summary>
    Admin,
}
