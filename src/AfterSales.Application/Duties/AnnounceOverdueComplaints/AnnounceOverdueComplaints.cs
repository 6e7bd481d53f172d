using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Events;
using AfterSales.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Duties.AnnounceOverdueComplaints;

/// <summary>
/// R27: a step of an open complaint (triage, review, visit, reply) passes its deadline undone: the event
/// <c>ComplaintOverdue</c> naming the step, once per complaint, step and deadline.
/// </summary>
public sealed class AnnounceOverdueComplaints(DutySettings settings) : ITimedDuty
{
    public string Name => nameof(AnnounceOverdueComplaints);

    public async Task<IReadOnlyList<DueWork>> FindDueAsync(IApplicationDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = now - settings.Lookback;
        var complaints = await db.Complaints.AsNoTracking()
            .Where(ComplaintPolicy.Overdue.At(now))
            .Where(c => c.TriageDueAt >= since || c.ReviewDueAt >= since || c.VisitDueAt >= since || c.ReplyDueAt >= since)
            .ToListAsync(cancellationToken);
        var candidates = complaints
            .SelectMany(c => ComplaintPolicy.OverdueDeadlines(c, now).Where(s => s.DueAt >= since).Select(s => new DueWork($"{Name}:{s.Step}", c.UnitId, c.Id, s.DueAt, Detail: s.Step.ToString())))
            .ToList();
        return await DutyClaims.NotDoneAsync(db, candidates, cancellationToken);
    }

    public async Task PerformAsync(IApplicationDbContext db, DueWork work, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.AsNoTracking().SingleAsync(c => c.Id == work.SubjectId, cancellationToken);
        if (ComplaintPolicy.OverdueDeadlines(complaint, now).Any(s => s.Step.ToString() == work.Detail && s.DueAt == work.DueAt))
        {
            db.OutboxEvents.Add(OutboxEvent.Of(complaint.UnitId, "ComplaintOverdue", nameof(Complaint), complaint.Id, now,
                new { ComplaintId = complaint.Id, complaint.Number, Step = work.Detail, DueAt = work.DueAt, complaint.Severity, complaint.Status }));
        }
    }
}
