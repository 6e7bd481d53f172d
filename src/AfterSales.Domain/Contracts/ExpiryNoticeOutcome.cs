namespace AfterSales.Domain.Contracts;

/// <summary>How an expiry notice ended (R20); a term that ends with none reads as Lapsed.</summary>
public enum ExpiryNoticeOutcome
{
    /// <summary>The contract was renewed after the notice fell due; set by the renewal itself.</summary>
    Renewed,

    /// <summary>The customer declined to renew, with the reason.</summary>
    Declined,

    /// <summary>Renewed before the notice fell due: no notice was needed for that term.</summary>
    NotNeeded,
}
