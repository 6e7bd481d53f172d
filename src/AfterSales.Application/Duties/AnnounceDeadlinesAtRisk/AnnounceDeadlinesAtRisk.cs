using AfterSales.Application.Calls;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Events;
using AfterSales.Domain.Calls;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Duties.AnnounceDeadlinesAtRisk;

/// <summary>
/// R19: a call still waiting for its technician comes within <c>Deadlines__AtRiskWorkingHours</c> of working
/// time of its deadline: the event <c>CallDeadlineAtRisk</c>, once per call and deadline (a deadline moved by a
/// closure or an appointment is announced again when it comes near).
/// </summary>
public sealed class AnnounceDeadlinesAtRisk(DeadlineSettings deadlines) : ITimedDuty
{
    public string Name => nameof(AnnounceDeadlinesAtRisk);

    public async Task<IReadOnlyList<DueWork>> FindDueAsync(IApplicationDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var candidates = new List<DueWork>();
        foreach (var unit in await db.Units.AsNoTracking().ToListAsync(cancellationToken))
        {
            var calls = await db.Calls.AsNoTracking()
                .Where(c => c.UnitId == unit.Id)
                .Where(DeadlineRisk.AtRisk(unit.DeadlineCalendar, now, deadlines.AtRiskWindow))
                .Select(c => new { c.Id, c.DispatchDeadline })
                .ToListAsync(cancellationToken);
            candidates.AddRange(calls.Select(c => new DueWork(Name, unit.Id, c.Id, c.DispatchDeadline)));
        }

        return await DutyClaims.NotDoneAsync(db, candidates, cancellationToken);
    }

    public async Task PerformAsync(IApplicationDbContext db, DueWork work, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var call = await db.Calls.AsNoTracking().SingleAsync(c => c.Id == work.SubjectId, cancellationToken);
        if (AwaitingArrival.Is(call.Status) && call.DispatchDeadline == work.DueAt)
        {
            db.OutboxEvents.Add(OutboxEvent.Of(call.UnitId, "CallDeadlineAtRisk", "Call", call.Id, now,
                new { CallId = call.Id, call.Number, call.Status, call.TechnicianId, call.DispatchDeadline, call.Zone }));
        }
    }
}
