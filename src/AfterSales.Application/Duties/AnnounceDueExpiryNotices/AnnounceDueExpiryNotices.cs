using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Contracts;
using AfterSales.Application.Events;
using AfterSales.Domain.Contracts;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Duties.AnnounceDueExpiryNotices;

/// <summary>
/// R20: a contract's expiry notice falls due (a month before the term ends, on a working day): the event
/// <c>ContractExpiryNoticeDue</c> at the start of its due day in the unit's zone, once per notice.
/// </summary>
public sealed class AnnounceDueExpiryNotices(ContractNoticeSettings notices) : ITimedDuty
{
    public string Name => nameof(AnnounceDueExpiryNotices);

    public async Task<IReadOnlyList<DueWork>> FindDueAsync(IApplicationDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var candidates = new List<DueWork>();
        foreach (var unit in await db.Units.AsNoTracking().ToListAsync(cancellationToken))
        {
            var today = unit.Calendar.LocalDate(now);
            var due = await db.ContractExpiryNotices.AsNoTracking()
                .Where(n => n.UnitId == unit.Id)
                .Where(ExpiryNoticePolicy.InState(ExpiryNoticeState.Due, today, notices.SendWithinDays))
                .Select(n => new { n.Id, n.DueOn })
                .ToListAsync(cancellationToken);
            candidates.AddRange(due.Select(n => new DueWork(Name, unit.Id, n.Id, unit.Calendar.StartOfDay(n.DueOn))));
        }

        return await DutyClaims.NotDoneAsync(db, candidates, cancellationToken);
    }

    public async Task PerformAsync(IApplicationDbContext db, DueWork work, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var notice = await db.ContractExpiryNotices.AsNoTracking().SingleAsync(n => n.Id == work.SubjectId, cancellationToken);
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == notice.UnitId, cancellationToken);
        if (ExpiryNoticePolicy.StateOn(notice, unit.Calendar.LocalDate(now), notices.SendWithinDays) == ExpiryNoticeState.Due)
        {
            db.OutboxEvents.Add(OutboxEvent.Of(notice.UnitId, "ContractExpiryNoticeDue", nameof(ContractExpiryNotice), notice.Id, now,
                new { NoticeId = notice.Id, notice.ContractId, notice.ContractNumber, notice.TermNumber, notice.TermEndsOn, notice.DueOn, notice.AssigneeId }));
        }
    }
}
