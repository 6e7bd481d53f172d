using AfterSales.Domain.Common;
using AfterSales.Domain.Contracts;
using AfterSales.Domain.Tests.Calls;
using static AfterSales.Domain.Tests.TestSupport;

namespace AfterSales.Domain.Tests.Contracts;

/// <summary>R20: a term's expiry notice falls due a month before it ends, on a working day, once per term.</summary>
public class ExpiryNoticeTests
{
    private static readonly DateOnly LongAgo = new(2026, 1, 1);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Test]
    public void R20_a_notice_falls_due_the_same_day_a_month_earlier_clamped_to_the_end_of_february()
    {
        var office = CallTestData.TaipeiOffice();
        ExpiryNoticePolicy.DueOn(D(2028, 3, 31), LongAgo, office).Should().Be(D(2028, 2, 29), "2028 is a leap year; 29 February is a Tuesday");
        ExpiryNoticePolicy.DueOn(D(2029, 3, 31), LongAgo, office).Should().Be(D(2029, 2, 28), "28 February 2029 is a Wednesday");
        ExpiryNoticePolicy.DueOn(D(2027, 5, 31), LongAgo, office).Should().Be(D(2027, 4, 30), "30 April, the month's last day, is a Friday");
    }

    [Test]
    public void R20_a_due_date_on_a_weekend_or_holiday_moves_back_to_the_previous_working_day()
    {
        ExpiryNoticePolicy.DueOn(D(2027, 3, 31), LongAgo, CallTestData.TaipeiOffice()).Should().Be(D(2027, 2, 26), "28 February 2027 is a Sunday");
        ExpiryNoticePolicy.DueOn(D(2027, 3, 1), LongAgo, CallTestData.TaipeiOffice(D(2027, 2, 1))).Should().Be(D(2027, 1, 29), "1 February is a holiday, then the weekend before it");
    }

    [Test]
    public void R20_a_term_made_with_less_than_a_month_left_is_due_at_once()
    {
        ExpiryNoticePolicy.DueOn(D(2026, 12, 20), D(2026, 11, 29), CallTestData.TaipeiOffice()).Should().Be(D(2026, 11, 29));
        ExpiryNoticePolicy.DueOn(D(2026, 12, 31), D(2026, 11, 29), CallTestData.TaipeiOffice()).Should().Be(D(2026, 11, 30));
    }

    private static ContractExpiryNotice Notice(DateOnly dueOn, DateOnly endsOn)
    {
        var contract = MaintenanceContract.Sign(Guid.NewGuid(), Guid.NewGuid(), "TPE-M2026-000001", Guid.NewGuid(), [Guid.NewGuid()], LongAgo, endsOn, new Money(4800, "TWD"));
        return ContractExpiryNotice.ForTerm(Guid.NewGuid(), contract, contract.CurrentTerm, dueOn);
    }

    [Test]
    public void R20_a_notice_reads_upcoming_due_overdue_sent_and_lapsed_from_its_dates()
    {
        var notice = Notice(D(2026, 12, 1), D(2026, 12, 31));
        ExpiryNoticePolicy.StateOn(notice, D(2026, 11, 30), 7).Should().Be(ExpiryNoticeState.Upcoming);
        ExpiryNoticePolicy.StateOn(notice, D(2026, 12, 1), 7).Should().Be(ExpiryNoticeState.Due);
        ExpiryNoticePolicy.StateOn(notice, D(2026, 12, 7), 7).Should().Be(ExpiryNoticeState.Due);
        ExpiryNoticePolicy.StateOn(notice, D(2026, 12, 8), 7).Should().Be(ExpiryNoticeState.Overdue);

        AssertBrokenRule<NoticeIsSentFromItsDueDateRule>(() => notice.Send(D(2026, 11, 30), NoticeChannel.Mail, Guid.NewGuid(), D(2026, 12, 8)));
        AssertBrokenRule<NoticeIsSentFromItsDueDateRule>(() => notice.Send(D(2026, 12, 9), NoticeChannel.Mail, Guid.NewGuid(), D(2026, 12, 8)));
        notice.Send(D(2026, 12, 8), NoticeChannel.Mail, Guid.NewGuid(), D(2026, 12, 8));
        ExpiryNoticePolicy.StateOn(notice, D(2026, 12, 8), 7).Should().Be(ExpiryNoticeState.Sent);
        AssertBrokenRule<NoticeIsSentOnceRule>(() => notice.Send(D(2026, 12, 8), NoticeChannel.Email, Guid.NewGuid(), D(2026, 12, 8)));
        ExpiryNoticePolicy.StateOn(notice, D(2027, 1, 1), 7).Should().Be(ExpiryNoticeState.Lapsed, "the term ended with no outcome");
    }

    [Test]
    public void R20_renewing_before_the_due_date_means_no_notice_and_after_it_settles_the_notice_as_renewed()
    {
        var early = Notice(D(2026, 12, 1), D(2026, 12, 31));
        early.SettleByRenewal(2, D(2026, 11, 30), At("2026-11-30T10:00:00+08:00"));
        (early.Outcome, early.RenewalTermNumber).Should().Be((ExpiryNoticeOutcome.NotNeeded, 2));

        var late = Notice(D(2026, 12, 1), D(2026, 12, 31));
        late.SettleByRenewal(2, D(2026, 12, 1), At("2026-12-01T10:00:00+08:00"));
        ExpiryNoticePolicy.StateOn(late, D(2027, 1, 5), 7).Should().Be(ExpiryNoticeState.Renewed);

        var declined = Notice(D(2026, 12, 1), D(2026, 12, 31));
        declined.Decline("Replacing the unit", At("2026-12-02T10:00:00+08:00"));
        AssertBrokenRule<NoticeMustBeOpenRule>(() => declined.Assign(Guid.NewGuid(), declined.UnitId, Guid.NewGuid()));
        declined.SettleByRenewal(2, D(2026, 12, 3), At("2026-12-03T10:00:00+08:00"));
        declined.Outcome.Should().Be(ExpiryNoticeOutcome.Declined, "an outcome once set stays");
    }
}
