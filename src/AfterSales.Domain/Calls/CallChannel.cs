namespace AfterSales.Domain.Calls;

/// <summary>How the customer reached the unit (R8: telephone or letter; walk-in and web besides).</summary>
public enum CallChannel
{
    Phone,
    Letter,
    WalkIn,
    Web,
}
