using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Contracts;

namespace AfterSales.Application.Contracts;

/// <summary>保養到期通知書 (R20) as of the unit's today: its term, due date, state, sending, the person seeking the renewal, and how it ended.</summary>
public sealed record ExpiryNoticeDto(
    Guid Id,
    Guid UnitId,
    Guid ContractId,
    string ContractNumber,
    Guid CustomerId,
    int TermNumber,
    DateOnly TermEndsOn,
    DateOnly DueOn,
    ExpiryNoticeState State,
    DateOnly? SentOn,
    NoticeChannel? Channel,
    Guid? SentBy,
    Guid? AssigneeId,
    ExpiryNoticeOutcome? Outcome,
    string? DeclineReason,
    int? RenewalTermNumber,
    uint Version) : IHasVersion
{
    public static ExpiryNoticeDto From(ContractExpiryNotice n, DateOnly today, ContractNoticeSettings settings) => new(
        n.Id,
        n.UnitId,
        n.ContractId,
        n.ContractNumber,
        n.CustomerId,
        n.TermNumber,
        n.TermEndsOn,
        n.DueOn,
        ExpiryNoticePolicy.StateOn(n, today, settings.SendWithinDays),
        n.SentOn,
        n.Channel,
        n.SentBy,
        n.AssigneeId,
        n.Outcome,
        n.DeclineReason,
        n.RenewalTermNumber,
        n.Version);
}
