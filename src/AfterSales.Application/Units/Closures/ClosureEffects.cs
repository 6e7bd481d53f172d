using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Complaints;
using AfterSales.Domain.RepairCards;
using AfterSales.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Units.Closures;

/// <summary>
/// What a closure's declaration, early end or cancellation does to the deadlines still running, in the
/// same transaction (nothing is half-moved): each call waiting for a technician (R19) and each repair card
/// not yet returned (R14) whose deadline lies after the closure's start, and each open complaint's step
/// deadlines (R27), take the ones the unit's closures now give. Calls reached, cards returned and
/// complaints closed keep theirs.
/// </summary>
internal static class ClosureEffects
{
    /// <summary>Moves what the closure's change moves, forgets the unit's cached calendar, and says what moved.</summary>
    public static async Task<ClosureChangeDto> ApplyAsync(IApplicationDbContext db, UnitQuotes quotes, ServiceUnit unit, UnitClosure closure, DateTimeOffset now, Guid? actorId, CancellationToken cancellationToken)
    {
        var (calls, cards, complaints) = await MoveDeadlinesAsync(db, unit, closure, now, actorId, cancellationToken);
        quotes.Forget(unit.Id);
        return new ClosureChangeDto(ClosureDto.Of(unit.Id, closure), calls, cards, complaints);
    }

    private static async Task<(int Calls, int Cards, int Complaints)> MoveDeadlinesAsync(IApplicationDbContext db, ServiceUnit unit, UnitClosure closure, DateTimeOffset now, Guid? actorId, CancellationToken cancellationToken)
    {
        var deadlines = unit.DeadlineCalendar;
        var waiting = await db.Calls
            .Where(c => c.UnitId == unit.Id && c.DispatchDeadline > closure.From)
            .Where(AwaitingArrival.Calls)
            .ToListAsync(cancellationToken);
        var inRepair = await db.RepairCards
            .Where(c => c.UnitId == unit.Id && c.Status != RepairCardStatus.Closed && c.PromisedAt > closure.From)
            .ToListAsync(cancellationToken);
        var followedUp = await db.Complaints
            .Where(c => c.UnitId == unit.Id && c.Status != ComplaintStatus.Closed)
            .ToListAsync(cancellationToken);
        return (waiting.Count(call => call.FollowClosures(deadlines, closure.Id, now, actorId)),
            inRepair.Count(card => card.FollowClosures(deadlines, closure.Id, now, actorId)),
            followedUp.Count(complaint => complaint.FollowClosures(deadlines)));
    }
}
