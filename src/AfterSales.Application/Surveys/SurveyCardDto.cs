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

public sealed record SurveyResponseDto(Satisfaction Attitude, Satisfaction TechnicalSkill, Satisfaction ArrivalTime, Satisfaction FollowThrough, string? Suggestion, string? Complaint, DateTimeOffset ReceivedAt, Guid? KeyedBy);

/// <summary>客戶意見調查卡 (R24, R25): the call and customer as registered, the technician it rates (none when nobody arrived), and its answer.</summary>
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
        c.Response is { } r ? new SurveyResponseDto(r.Attitude, r.TechnicalSkill, r.ArrivalTime, r.FollowThrough, r.Suggestion, r.Complaint, r.ReceivedAt, r.KeyedBy) : null,
        c.UndeliverableReason,
        c.ComplaintId,
        c.Version);
}
