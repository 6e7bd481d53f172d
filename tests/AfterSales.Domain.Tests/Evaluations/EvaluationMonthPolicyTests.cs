using AfterSales.Domain.Calls;
using AfterSales.Domain.Evaluations;
using static AfterSales.Domain.Tests.TestSupport;

namespace AfterSales.Domain.Tests.Evaluations;

public class EvaluationMonthPolicyTests
{
    private static readonly DateOnly October = new(2026, 10, 1);
    private static readonly DateOnly November = new(2026, 11, 1);
    private static readonly DateOnly December = new(2026, 12, 1);

    [Test]
    public void R23_a_rating_counts_in_its_calls_month_until_that_month_is_closed_then_in_the_next_open_month_marked_late()
    {
        var closed = new Dictionary<DateOnly, DateTimeOffset>
        {
            [October] = At("2026-11-05T10:00:00+08:00"),
            [November] = At("2026-12-04T10:00:00+08:00"),
        };

        EvaluationMonthPolicy.MonthOf(October, At("2026-11-05T09:59:00+08:00"), closed).Should().Be((October, false));
        EvaluationMonthPolicy.MonthOf(October, At("2026-11-20T10:00:00+08:00"), closed).Should().Be((November, true));
        EvaluationMonthPolicy.MonthOf(October, At("2026-12-10T10:00:00+08:00"), closed).Should().Be((December, true), "November was closed too by then");
        EvaluationMonthPolicy.MonthOf(December, At("2027-01-10T10:00:00+08:00"), closed).Should().Be((December, false));
    }

    [Test]
    public void R23_the_mean_score_runs_from_4_very_satisfied_to_1_very_dissatisfied_over_answered_items_only()
    {
        EvaluationMonthPolicy.MeanScore(1, 2, 0, 1).Should().Be(2.75m, "(4 + 3 + 3 + 1) / 4");
        EvaluationMonthPolicy.MeanScore(0, 0, 0, 0).Should().BeNull();
    }

    [Test]
    public void R23_a_score_only_where_weights_are_configured()
    {
        var means = new Dictionary<RatedItem, decimal?>
        {
            [RatedItem.Attitude] = 4m, [RatedItem.TechnicalSkill] = 3m, [RatedItem.ArrivalTime] = 2m, [RatedItem.FollowThrough] = null,
        };

        EvaluationMonthPolicy.Score(means, null).Should().BeNull();
        EvaluationMonthPolicy.Score(means, EvaluationWeights.Company(1, 2, 1, 5)).Should().Be(3m, "(4·1 + 3·2 + 2·1) / 4; the unanswered item drops out with its weight");
        AssertBrokenRule<WeightsMustCountSomethingRule>(() => EvaluationWeights.Company(0, 0, 0, 0));
    }

    [Test]
    public void K1_a_call_is_late_when_reached_after_its_deadline_or_never_reached_and_not_counted_when_cancelled_in_time()
    {
        var deadline = At("2026-12-01T15:00:00+08:00");
        var now = At("2026-12-02T10:00:00+08:00");
        OnTimePolicy.Judge(deadline, true, CallStatus.Closed, null, now).Should().Be(OnTimeVerdict.OnTime);
        OnTimePolicy.Judge(deadline, false, CallStatus.Closed, null, now).Should().Be(OnTimeVerdict.Late);
        OnTimePolicy.Judge(deadline, null, CallStatus.Dispatched, null, now).Should().Be(OnTimeVerdict.Late, "never reached after its deadline");
        OnTimePolicy.Judge(deadline, null, CallStatus.Dispatched, null, At("2026-12-01T14:00:00+08:00")).Should().Be(OnTimeVerdict.NotCounted);
        OnTimePolicy.Judge(deadline, null, CallStatus.Cancelled, At("2026-12-01T14:00:00+08:00"), now).Should().Be(OnTimeVerdict.NotCounted);
        OnTimePolicy.Judge(deadline, null, CallStatus.Cancelled, At("2026-12-01T16:00:00+08:00"), now).Should().Be(OnTimeVerdict.Late);
    }

    [Test]
    public void K3_targets_keep_their_history_so_a_new_target_never_rewrites_an_earlier_period()
    {
        var unit = Calls.CallTestData.Unit();
        var raised = new Units.KpiTargets(90m, 85m, 5m);
        unit.ReplacePolicy(new Units.ServicePolicy(6m, 7m, new Common.Money(3000m, "TWD"), new Common.Money(800m, "TWD"), raised), new DateOnly(2026, 12, 15));

        unit.TargetsOn(new DateOnly(2026, 12, 1)).Should().Be(Units.KpiTargets.Default);
        unit.TargetsOn(new DateOnly(2026, 12, 15)).Should().Be(raised);
        unit.ReplacePolicy(unit.Policy, new DateOnly(2027, 1, 1));
        unit.TargetHistory.Should().ContainSingle("a policy change that keeps the targets adds no history");
    }
}
