namespace AfterSales.Domain.Calls;

/// <summary>
/// R6 entitlement: inside the warranty → Free; else covered by a contract active that day →
/// Contract; else Paid. Admin work never comes from a customer's call.
/// </summary>
public static class EntitlementPolicy
{
    public static ServiceType Decide(DateOnly callDate, DateOnly warrantyEndsOn, bool coveredByActiveContract) =>
        callDate <= warrantyEndsOn ? ServiceType.Free
        : coveredByActiveContract ? ServiceType.Contract
        : ServiceType.Paid;
}
