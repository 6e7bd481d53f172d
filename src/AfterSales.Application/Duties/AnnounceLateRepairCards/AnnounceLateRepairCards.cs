using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Events;
using AfterSales.Domain.RepairCards;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Duties.AnnounceLateRepairCards;

/// <summary>
/// R14: a repair card passes its promised time with the product not yet back with the customer: the event
/// <c>RepairCardLate</c>, once per card and promise (a new promise that passes is announced again).
/// </summary>
public sealed class AnnounceLateRepairCards(DutySettings settings) : ITimedDuty
{
    public string Name => nameof(AnnounceLateRepairCards);

    public async Task<IReadOnlyList<DueWork>> FindDueAsync(IApplicationDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = now - settings.Lookback;
        var cards = await db.RepairCards.AsNoTracking()
            .Where(RepairLatenessPolicy.Late.At(now))
            .Where(c => c.PromisedAt >= since)
            .Select(c => new { c.Id, c.UnitId, c.PromisedAt })
            .ToListAsync(cancellationToken);
        return await DutyClaims.NotDoneAsync(db, cards.Select(c => new DueWork(Name, c.UnitId, c.Id, c.PromisedAt)).ToList(), cancellationToken);
    }

    public async Task PerformAsync(IApplicationDbContext db, DueWork work, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var card = await db.RepairCards.AsNoTracking().SingleAsync(c => c.Id == work.SubjectId, cancellationToken);
        if (RepairLatenessPolicy.Late.IsSatisfiedBy(card, now) && card.PromisedAt == work.DueAt)
        {
            db.OutboxEvents.Add(OutboxEvent.Of(card.UnitId, "RepairCardLate", "RepairCard", card.Id, now,
                new { RepairCardId = card.Id, card.Number, card.CallId, card.Status, card.PromisedAt }));
        }
    }
}
