using AfterSales.Domain.Calls;

namespace AfterSales.Domain.Tests.Calls;

/// <summary>R6: Free inside the warranty, else Contract when a contract is active that day, else Paid.</summary>
public class EntitlementPolicyTests
{
    private static readonly DateOnly WarrantyEnds = new(2026, 12, 31);

    [Test]
    public void R6c_call_inside_the_warranty_is_free_even_with_a_contract() =>
        EntitlementPolicy.Decide(new DateOnly(2026, 12, 1), WarrantyEnds, coveredByActiveContract: true).Should().Be(ServiceType.Free);

    [Test]
    public void R6c_last_day_of_the_warranty_is_still_free() =>
        EntitlementPolicy.Decide(WarrantyEnds, WarrantyEnds, coveredByActiveContract: false).Should().Be(ServiceType.Free);

    [Test]
    public void R6b_after_the_warranty_an_active_contract_covers_the_call() =>
        EntitlementPolicy.Decide(new DateOnly(2027, 1, 1), WarrantyEnds, coveredByActiveContract: true).Should().Be(ServiceType.Contract);

    [Test]
    public void R6a_after_the_warranty_without_a_contract_the_customer_pays() =>
        EntitlementPolicy.Decide(new DateOnly(2027, 1, 1), WarrantyEnds, coveredByActiveContract: false).Should().Be(ServiceType.Paid);
}
