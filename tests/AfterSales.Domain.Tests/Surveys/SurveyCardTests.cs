using AfterSales.Domain.Surveys;
using static AfterSales.Domain.Tests.TestSupport;

namespace AfterSales.Domain.Tests.Surveys;

public class SurveyCardTests
{
    private static SurveyCard Card(Guid? technician) =>
        SurveyCard.Generate(Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2026, 12, 1), Guid.NewGuid(), "TPE-2026-000001", "Lin", "Taipei", "02-1234", technician);

    [Test]
    public void R24_a_sent_card_unanswered_past_the_set_days_reads_as_expired_without_any_job()
    {
        var card = Card(Guid.NewGuid());
        card.Send(SurveyChannel.Mail, At("2026-12-02T10:00:00+08:00"), new DateOnly(2026, 12, 2), callFinished: true, sendWithinDays: 7);

        card.IsExpiredAt(At("2027-01-01T10:00:00+08:00"), responseDays: 30).Should().BeFalse();
        card.IsExpiredAt(At("2027-01-01T10:00:01+08:00"), responseDays: 30).Should().BeTrue();

        card.RecordResponse(new SurveyResponse(Satisfaction.Satisfied, Satisfaction.Satisfied, Satisfaction.Satisfied, Satisfaction.Satisfied, null, null, At("2027-01-02T10:00:00+08:00"), null));
        card.IsExpiredAt(At("2027-02-01T10:00:00+08:00"), responseDays: 30).Should().BeFalse("an answered card is returned, late or not");
    }

    [Test]
    public void R24_a_card_goes_out_between_its_register_day_and_the_set_days_after_it()
    {
        AssertBrokenRule<CardIsSentWithinDaysRule>(() =>
            Card(null).Send(SurveyChannel.Sms, At("2026-12-09T10:00:00+08:00"), new DateOnly(2026, 12, 9), callFinished: true, sendWithinDays: 7));
        AssertBrokenRule<CardIsSentOnceTheCallIsFinishedRule>(() =>
            Card(null).Send(SurveyChannel.Sms, At("2026-12-02T10:00:00+08:00"), new DateOnly(2026, 12, 2), callFinished: false, sendWithinDays: 7));

        var card = Card(null);
        card.Send(SurveyChannel.Sms, At("2026-12-08T10:00:00+08:00"), new DateOnly(2026, 12, 8), callFinished: true, sendWithinDays: 7);
        card.Status.Should().Be(SurveyCardStatus.Sent);
    }
}
