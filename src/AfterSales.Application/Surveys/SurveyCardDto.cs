using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Surveys;

namespace AfterSales.Application.Surveys;

/// <summary>Where a card stands as of reading: Expired is a sent card whose answer did not come in time.</summary>
public enum SurveyCardState
{
    Generated,
    Sent,
    Returned,
    Expired,
    Undeliverable,
}

public sealed record SurveyResponseDto(Satisfaction Attitude, Satisfaction TechnicalSkill, Satisfaction ArrivalTime, Satisfaction FollowThrough, string? Suggestion, string? Complaint, DateTimeOffset ReceivedAt, Guid? KeyedBy)
{
    public static SurveyResponseDto From(SurveyResponse r) => new(r.Attitude, r.TechnicalSkill, r.ArrivalTime, r.FollowThrough, r.Suggestion, r.Complaint, r.ReceivedAt, r.KeyedBy);
}

/// <summary>A3: a correction of the keyed-in answer, with its reason.</summary>
public sealed record SurveyCorrectionDto(SurveyResponseDto Response, string Reason, Guid? CorrectedBy, DateTimeOffset CorrectedAt);

/// <summary>
/// 客戶意見調查卡 (R24, R25): the call and customer as registered, the technician it rates (none when
/// nobody arrived), and its answer: <c>Response</c> as it stands (after any correction), the answer as
/// first keyed in, and the corrections (A3).
/// </summary>
public sealed record SurveyCardDto(
    Guid Id,
    Guid UnitId,
    DateOnly RegisterDate,
    Guid CallId,
    string CallNumber,
    string CustomerName,
    string Address,
    string Telephone,
    Guid? TechnicianId,
    bool RatesTechnician,
    SurveyCardState State,
    SurveyChannel? Channel,
    DateTimeOffset? SentAt,
    SurveyResponseDto? Response,
    SurveyResponseDto? KeyedInResponse,
    IReadOnlyList<SurveyCorrectionDto> Corrections,
    string? UndeliverableReason,
    Guid? ComplaintId,
    uint Version) : IHasVersion
{
    public static SurveyCardDto From(SurveyCard c, DateTimeOffset now, SurveySettings settings) => new(
        c.Id,
        c.UnitId,
        c.RegisterDate,
        c.CallId,
        c.CallNumber,
        c.CustomerName,
        c.Address,
        c.Telephone,
        c.TechnicianId,
        c.RatesTechnician,
        c.IsExpiredAt(now, settings.ResponseDays) ? SurveyCardState.Expired : Enum.Parse<SurveyCardState>(c.Status.ToString()),
        c.Channel,
        c.SentAt,
        c.CurrentResponse is { } current ? SurveyResponseDto.From(current) : null,
        c.Response is { } keyedIn ? SurveyResponseDto.From(keyedIn) : null,
        c.Corrections.Select(x => new SurveyCorrectionDto(SurveyResponseDto.From(x.Response), x.Reason, x.CorrectedBy, x.CorrectedAt)).ToList(),
        c.UndeliverableReason,
        c.ComplaintId,
        c.Version);
}
