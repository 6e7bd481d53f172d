using AfterSales.Domain.Billing;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Common;
using AfterSales.Domain.Units;
using static AfterSales.Domain.Tests.Calls.CallTestData;
using static AfterSales.Domain.Tests.TestSupport;

namespace AfterSales.Domain.Tests.Billing;

/// <summary>Money (R6 a, R10, R13): fees from lines, collections on site, handovers, invoices issued once.</summary>
public class BillingTests
{
    private static readonly Money Rate = new(800m, "TWD");
    private static readonly Guid Tech = Guid.NewGuid();

    [Test]
    public void R6a_paid_fee_is_labour_at_the_units_rate_plus_parts_and_adds_up_to_the_cent()
    {
        var lines = FeePolicy.Charges(ServiceType.Paid, 1.25m, [new PartUsed("CAP", 3, new Money(33.335m, "TWD"))], Rate);

        lines.Select(l => l.Amount.Amount).Should().Equal(1000m, 100.02m);
        FeePolicy.Total(lines, "TWD").Should().Be(new Money(1100.02m, "TWD"));
    }

    [Test]
    public void R6_free_and_contract_work_carry_no_charges()
    {
        FeePolicy.Charges(ServiceType.Free, 2, [new PartUsed("CAP", 1, new Money(10, "TWD"))], Rate).Should().BeEmpty();
        FeePolicy.Charges(ServiceType.Contract, 2, [], Rate).Should().BeEmpty();
    }

    [Test]
    public void Lines_in_two_currencies_cannot_make_one_fee() =>
        AssertBrokenRule<ChargesMustShareOneCurrencyRule>(() =>
            FeePolicy.Total(FeePolicy.Charges(ServiceType.Paid, 1, [new PartUsed("CAP", 1, new Money(10, "USD"))], Rate), "TWD"));

    [Test]
    public void R10_completing_paid_work_on_site_returns_the_lines_of_the_fee()
    {
        var call = NewCall();
        call.Dispatch(Tech, At("2026-12-01T09:10:00+08:00"), At("2026-12-01T09:10:00+08:00"), null, null);
        call.RecordArrival(Tech, At("2026-12-01T10:00:00+08:00"), At("2026-12-01T10:00:00+08:00"), TaipeiOffice());

        var charges = call.CompleteOnSite(Tech, At("2026-12-01T11:00:00+08:00"), 1.5m, [new PartUsed("PUMP", 1, new Money(650, "TWD"))], new Signature("Lin", At("2026-12-01T11:00:00+08:00"), At("2026-12-01T11:00:00+08:00")), true, "customer pays by transfer", ServicePolicy.Default);

        charges.Should().HaveCount(2);
        call.Fee.Should().Be(new Money(1850m, "TWD"));
    }

    [Test]
    public void R10_above_the_threshold_cannot_be_collected_on_site()
    {
        var call = NewCall();
        call.Dispatch(Tech, At("2026-12-01T09:10:00+08:00"), At("2026-12-01T09:10:00+08:00"), null, null);
        call.RecordArrival(Tech, At("2026-12-01T10:00:00+08:00"), At("2026-12-01T10:00:00+08:00"), TaipeiOffice());

        AssertBrokenRule<OnSiteCollectionWithinThresholdRule>(() =>
            call.CompleteOnSite(Tech, At("2026-12-01T14:00:00+08:00"), 4m, [], new Signature("Lin", At("2026-12-01T14:00:00+08:00"), At("2026-12-01T14:00:00+08:00")), true, "customer pays by transfer", ServicePolicy.Default));
    }

    [Test]
    public void Invoice_number_repeated_is_harmless_another_number_is_a_conflict()
    {
        var request = InvoiceRequest.Raise(Guid.NewGuid(), Guid.NewGuid(), InvoiceRequestKind.ToCollect, "Lin", "Taipei",
            [new ChargeLine(ChargeKind.Labour, "Labour", 1, Rate)], At("2026-12-01T11:00:00+08:00"));

        request.Issue("AB-12345678", At("2026-12-02T09:00:00+08:00")).Should().BeTrue();
        request.Issue("AB-12345678", At("2026-12-02T10:00:00+08:00")).Should().BeFalse();
        request.IssuedAt.Should().Be(At("2026-12-02T09:00:00+08:00"));
        AssertBrokenRule<InvoiceIsIssuedOnceRule>(() => request.Issue("AB-99999999", At("2026-12-02T11:00:00+08:00")));
    }

    [Test]
    public void Handover_must_match_the_collections_to_the_cent_and_a_collection_is_handed_over_once()
    {
        var unit = Guid.NewGuid();
        var collections = new[]
        {
            CollectedCash.Record(Guid.NewGuid(), unit, Tech, Guid.NewGuid(), Guid.NewGuid(), new Money(1650m, "TWD"), At("2026-12-01T11:00:00+08:00")),
            CollectedCash.Record(Guid.NewGuid(), unit, Tech, Guid.NewGuid(), Guid.NewGuid(), new Money(820.5m, "TWD"), At("2026-12-01T15:00:00+08:00")),
        };

        var mismatch = FluentActions.Invoking(() => CashHandover.Confirm(Guid.NewGuid(), unit, Tech, Guid.NewGuid(), collections, new Money(2470m, "TWD"), At("2026-12-01T18:00:00+08:00")))
            .Should().Throw<BusinessRuleViolationException>().Which;
        ((IExplainsDifference)mismatch.Rule).Difference.Should().Be(new Money(-0.5m, "TWD"));
        collections.Should().OnlyContain(c => c.HandoverId == null);

        var handover = CashHandover.Confirm(Guid.NewGuid(), unit, Tech, Guid.NewGuid(), collections, new Money(2470.5m, "TWD"), At("2026-12-01T18:00:00+08:00"));
        handover.Amount.Should().Be(new Money(2470.5m, "TWD"));
        AssertBrokenRule<CollectionIsHandedOverOnceRule>(() => CashHandover.Confirm(Guid.NewGuid(), unit, Tech, Guid.NewGuid(), collections, new Money(2470.5m, "TWD"), At("2026-12-01T19:00:00+08:00")));
    }

    [Test]
    public void Handover_covers_only_the_technicians_own_cash()
    {
        var unit = Guid.NewGuid();
        var someoneElses = CollectedCash.Record(Guid.NewGuid(), unit, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), new Money(100m, "TWD"), At("2026-12-01T11:00:00+08:00"));

        AssertBrokenRule<HandoverCoversOnlyTheTechniciansCashRule>(() =>
            CashHandover.Confirm(Guid.NewGuid(), unit, Tech, Guid.NewGuid(), [someoneElses], new Money(100m, "TWD"), At("2026-12-01T18:00:00+08:00")));
    }
}
