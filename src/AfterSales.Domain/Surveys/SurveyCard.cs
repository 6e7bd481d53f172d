using AfterSales.Domain.Common;

namespace AfterSales.Domain.Surveys;

/// <summary>
/// 客戶意見調查卡 (R24, R25): one for every call of a register day sent to the service department, no
/// sampling. It carries the customer as registered and the call's number, and rates the technician who
/// arrived; a call no technician reached (cancelled before arrival) gets a card that takes only the
/// customer's words. Generated → Sent → Returned or Undeliverable; a sent card with no answer within the
/// set days reads as Expired (derived from the clock, no job).
/// </summary>
public sealed class SurveyCard : Entity, IBelongsToUnit, IVersioned, IAggregateRoot, IArchivable
{
    private List<SurveyCorrection> _corrections = [];

    private SurveyCard()
    {
        CallNumber = CustomerName = Address = Telephone = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public DateOnly RegisterDate { get; private set; }

    public Guid CallId { get; private set; }

    public string CallNumber { get; private set; }

    public string CustomerName { get; private set; }

    public string Address { get; private set; }

    public string Telephone { get; private set; }

    /// <summary>The technician who arrived, whom the card rates; null when nobody reached the call.</summary>
    public Guid? TechnicianId { get; private set; }

    public SurveyCardStatus Status { get; private set; }

    public SurveyChannel? Channel { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>The answer as first keyed in.</summary>
    public SurveyResponse? Response { get; private set; }

    /// <summary>A3: corrections of the answer, oldest first.</summary>
    public IReadOnlyList<SurveyCorrection> Corrections => _corrections;

    /// <summary>The answer as it stands: the last correction's, or the one keyed in. Reports use this.</summary>
    public SurveyResponse? CurrentResponse => _corrections.Count > 0 ? _corrections[^1].Response : Response;

    public string? UndeliverableReason { get; private set; }

    /// <summary>The complaint the card's complaint text opened (R26), if it had one.</summary>
    public Guid? ComplaintId { get; private set; }

    /// <summary>A1: the archive batch holding this record; once set, the record refuses every change.</summary>
    public Guid? ArchivedIn { get; private set; }

    public uint Version { get; private set; }

    public bool RatesTechnician => TechnicianId is not null;

    /// <summary>Sent, unanswered, and past the days allowed for an answer.</summary>
    public bool IsExpiredAt(DateTimeOffset now, int responseDays) =>
        Status == SurveyCardStatus.Sent && SentAt is { } sent && now > sent.AddDays(responseDays);

    public static SurveyCard Generate(Guid id, Guid unitId, DateOnly registerDate, Guid callId, string callNumber, string customerName, string address, string telephone, Guid? arrivedTechnicianId) =>
        new()
        {
            Id = id,
            UnitId = unitId,
            RegisterDate = registerDate,
            CallId = callId,
            CallNumber = callNumber,
            CustomerName = customerName,
            Address = address,
            Telephone = telephone,
            TechnicianId = arrivedTechnicianId,
            Status = SurveyCardStatus.Generated,
        };

    public void Send(SurveyChannel channel, DateTimeOffset at, DateOnly sentOn, bool callFinished, int sendWithinDays)
    {
        CheckRule(new SurveyCardMustBeGeneratedRule(Status));
        CheckRule(new CardIsSentOnceTheCallIsFinishedRule(callFinished, CallNumber));
        CheckRule(new CardIsSentWithinDaysRule(RegisterDate, sentOn, sendWithinDays));
        Channel = channel;
        SentAt = at;
        Status = SurveyCardStatus.Sent;
    }

    /// <summary>R25: the answer as returned, keyed in once.</summary>
    public void RecordResponse(SurveyResponse response)
    {
        CheckRule(new SurveyCardMustBeSentRule(Status));
        CheckRule(new TechnicianItemsDoNotApplyRule(RatesTechnician, response));
        Response = response;
        Status = SurveyCardStatus.Returned;
    }

    /// <summary>A3: corrects the keyed-in answer with a new entry and its reason; the earlier answer stays.</summary>
    public void CorrectResponse(SurveyResponse corrected, string reason, Guid? by, DateTimeOffset at)
    {
        CheckRule(new OnlyAReturnedCardIsCorrectedRule(Status));
        CheckRule(new TechnicianItemsDoNotApplyRule(RatesTechnician, corrected));
        _corrections = [.. _corrections, new SurveyCorrection(corrected, reason, by, at)];
    }

    /// <summary>R26: the complaint opened from the complaint the customer wrote on this card.</summary>
    public void LinkComplaint(Guid complaintId) => ComplaintId = complaintId;

    public void MarkUndeliverable(string reason)
    {
        CheckRule(new SurveyCardMustBeSentRule(Status));
        UndeliverableReason = reason;
        Status = SurveyCardStatus.Undeliverable;
    }
}
