using AfterSales.Domain.Common;
using AfterSales.Domain.Contracts;
using static AfterSales.Domain.Tests.TestSupport;

namespace AfterSales.Domain.Tests.Contracts;

/// <summary>R6 b: contracts cover products for their terms; renewal makes a new term.</summary>
public class MaintenanceContractTests
{
    private static MaintenanceContract Contract() => MaintenanceContract.Sign(
        Guid.NewGuid(), Guid.NewGuid(), "TPE-M2026-000001", Guid.NewGuid(), [Guid.NewGuid()], new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), new Money(4800, "TWD"));

    [Test]
    public void Contract_is_active_on_the_days_of_its_terms_inclusive()
    {
        var contract = Contract();

        contract.IsActiveOn(new DateOnly(2026, 1, 1)).Should().BeTrue();
        contract.IsActiveOn(new DateOnly(2026, 12, 31)).Should().BeTrue();
        contract.IsActiveOn(new DateOnly(2027, 1, 1)).Should().BeFalse();
    }

    [Test]
    public void Renewal_adds_a_term_from_the_day_after_the_current_one_ends()
    {
        var contract = Contract();

        var term = contract.Renew(null, new DateOnly(2027, 12, 31), new Money(5000, "TWD"));

        term.Should().Be(new ContractTerm(2, new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), new Money(5000, "TWD")));
        contract.EndsOn.Should().Be(new DateOnly(2027, 12, 31));
        contract.IsActiveOn(new DateOnly(2027, 6, 1)).Should().BeTrue();
    }

    [Test]
    public void Renewal_cannot_overlap_the_current_term() =>
        AssertBrokenRule<TermsMustNotOverlapRule>(() => Contract().Renew(new DateOnly(2026, 12, 1), new DateOnly(2027, 11, 30), new Money(5000, "TWD")));

    [Test]
    public void Contract_must_cover_a_product() =>
        AssertBrokenRule<ContractMustCoverAProductRule>(() => MaintenanceContract.Sign(
            Guid.NewGuid(), Guid.NewGuid(), "N", Guid.NewGuid(), [], new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), new Money(1, "TWD")));
}
