using AfterSales.Domain.Calls;
using AfterSales.Domain.Common;

namespace AfterSales.Domain.Tests.Calls;

/// <summary>R10: Paid fees at or below the unit's threshold may be collected on the spot.</summary>
public class OnSiteCollectionPolicyTests
{
    private static readonly Money Threshold = new(3000m, "TWD");

    [Test]
    public void R10_fee_at_the_threshold_may_be_collected() =>
        OnSiteCollectionPolicy.MayCollect(ServiceType.Paid, new Money(3000m, "TWD"), Threshold).Should().BeTrue();

    [Test]
    public void R10_fee_above_the_threshold_goes_to_an_invoice_request() =>
        OnSiteCollectionPolicy.MayCollect(ServiceType.Paid, new Money(3000.01m, "TWD"), Threshold).Should().BeFalse();

    [Test]
    public void R10_only_paid_work_is_collected() =>
        OnSiteCollectionPolicy.MayCollect(ServiceType.Contract, new Money(100m, "TWD"), Threshold).Should().BeFalse();

    [Test]
    public void R10_a_fee_in_another_currency_than_the_threshold_is_not_collected_on_site() =>
        OnSiteCollectionPolicy.MayCollect(ServiceType.Paid, new Money(100m, "USD"), Threshold).Should().BeFalse();

    [Test]
    public void Money_is_rounded_to_the_currencys_minor_unit()
    {
        new Money(10.005m, "TWD").Amount.Should().Be(10.01m);
        new Money(10.5m, "JPY").Amount.Should().Be(11m);
    }
}
