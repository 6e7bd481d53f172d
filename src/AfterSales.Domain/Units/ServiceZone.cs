namespace AfterSales.Domain.Units;

/// <summary>Where the customer's site is; it sets the dispatch deadline (R19).</summary>
public enum ServiceZone
{
    /// <summary>市區: 6 working hours by default.</summary>
    Urban,

    /// <summary>郊區: 7 working hours by default.</summary>
    Suburban,
}
