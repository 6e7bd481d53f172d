using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Common;
using AfterSales.Domain.Complaints;
using AfterSales.Domain.Evaluations;
using AfterSales.Domain.Reports;
using AfterSales.Domain.Surveys;
using AfterSales.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Evaluations;

/// <summary>
/// R23: a unit's technicians' month, figure by figure (ratings as corrected, A3), each read on its own index: answered cards on
/// (unit_id, register_date), calls on (unit_id, arrived_at) and (unit_id, received_at), complaints by
/// unit (in the month of their call), reviewed form 006 on (unit_id, date), failed inspections from
/// the cards' inspection lines (in the month of the inspection).
/// </summary>
internal static class TechnicianMonths
{
    /// <summary>How far back a late answer may reach: answers to calls older than this are not counted.</summary>
    private const int LateAnswerMonths = 12;

    private sealed record Call(Guid? TechnicianId, DateTimeOffset DispatchDeadline, bool? DeadlineMet, CallStatus Status, DateTimeOffset? ClosedAt);

    private sealed record FailedInspection(Guid TechnicianId, int Failed);

    public static async Task<IReadOnlyList<TechnicianMonthDto>> ReadAsync(
        IApplicationDbContext db, ServiceUnit unit, DateOnly month, Guid? technicianId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var staff = await db.Staff.AsNoTracking().Where(s => s.UnitId == unit.Id).OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var technicians = staff.Where(s => s.Has(Role.Technician) && (technicianId is null || s.Id == technicianId)).ToList();
        var staffIds = technicians.Select(t => t.Id).ToList();
        var ids = staffIds.Select(id => (Guid?)id).ToList();
        var next = month.AddMonths(1);
        var from = unit.Calendar.StartOfDay(month).ToUniversalTime();
        var to = unit.Calendar.StartOfDay(next).ToUniversalTime();

        var closedAt = await db.EvaluationMonthClosures.AsNoTracking().Where(c => c.UnitId == unit.Id).ToDictionaryAsync(c => c.Month, c => c.ClosedAt, cancellationToken);
        var earliest = month.AddMonths(-LateAnswerMonths);
        // An earlier month's answer counts in a later month only when its own month was closed before it
        // came (MonthOf); the database returns just those late answers with this month's own.
        var unitId = unit.Id;
        var candidates = await db.Database.SqlQuery<Guid>($"""
            SELECT s.id AS "Value" FROM survey_cards s
            WHERE s.unit_id = {unitId} AND s.register_date >= {earliest} AND s.register_date < {next} AND s.response IS NOT NULL
              AND (s.register_date >= {month}
                   OR (s.response ->> 'receivedAt')::timestamptz > (SELECT e.closed_at FROM evaluation_month_closures e
                                                                     WHERE e.unit_id = s.unit_id AND e.month = date_trunc('month', s.register_date)::date))
            """).ToListAsync(cancellationToken);
        var answered = (await db.SurveyCards.AsNoTracking()
                .Where(c => candidates.Contains(c.Id) && ids.Contains(c.TechnicianId))
                .ToListAsync(cancellationToken))
            .Select(c => (Card: c, Counted: EvaluationMonthPolicy.MonthOf(EvaluationMonthPolicy.MonthStart(c.RegisterDate), c.Response!.ReceivedAt, closedAt)))
            .Where(x => x.Counted.Month == month)
            .ToList();
        var cardsOfMonth = await db.SurveyCards.AsNoTracking()
            .Where(c => c.UnitId == unit.Id && c.RegisterDate >= month && c.RegisterDate < next && ids.Contains(c.TechnicianId))
            .Select(c => new { c.TechnicianId, Sent = c.SentAt != null, Returned = c.Response != null })
            .ToListAsync(cancellationToken);

        var attended = await db.Calls.AsNoTracking()
            .Where(c => c.UnitId == unit.Id && c.ArrivedAt >= from && c.ArrivedAt < to && ids.Contains(c.TechnicianId))
            .GroupBy(c => c.TechnicianId).Select(g => new { TechnicianId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.TechnicianId!.Value, x => x.Count, cancellationToken);
        var received = await db.Calls.AsNoTracking()
            .Where(c => c.UnitId == unit.Id && c.ReceivedAt >= from && c.ReceivedAt < to && ids.Contains(c.TechnicianId))
            .Select(c => new Call(c.TechnicianId, c.DispatchDeadline, c.DeadlineMet, c.Status, c.ClosedAt))
            .ToListAsync(cancellationToken);

        // Like a rating, a complaint about a call belongs to the call's month; one without a call to its own.
        var complaints = await db.Complaints.AsNoTracking()
            .Where(c => c.UnitId == unit.Id && c.Status == ComplaintStatus.Closed && ids.Contains(c.TechnicianId))
            .Where(c => c.CallId == null
                ? c.ReceivedAt >= from && c.ReceivedAt < to
                : db.Calls.Any(k => k.Id == c.CallId && k.ReceivedAt >= from && k.ReceivedAt < to))
            .ToListAsync(cancellationToken);
        var reviewed = await db.TechnicianDailyReports.AsNoTracking()
            .Where(r => r.UnitId == unit.Id && r.Date >= month && r.Date < next && r.Status == TechnicianDailyReportStatus.Reviewed && staffIds.Contains(r.TechnicianId))
            .ToListAsync(cancellationToken);

        // A failed inspection counts against the technician whose work on the card came last before it.
        var failed = (await db.Database.SqlQuery<FailedInspection>($"""
            SELECT last_work.technician_id, count(*)::int AS failed
            FROM repair_cards c
            CROSS JOIN LATERAL jsonb_array_elements(c.inspections) i
            CROSS JOIN LATERAL (
                SELECT (w->>'technicianId')::uuid AS technician_id
                FROM jsonb_array_elements(c.work) w
                WHERE (w->>'at')::timestamptz <= (i->>'at')::timestamptz
                ORDER BY (w->>'at')::timestamptz DESC
                LIMIT 1) last_work
            WHERE c.unit_id = {unitId} AND c.opened_at < {to} AND (c.closed_at IS NULL OR c.closed_at >= {from})
              AND NOT (i->>'passed')::boolean AND (i->>'at')::timestamptz >= {from} AND (i->>'at')::timestamptz < {to}
            GROUP BY last_work.technician_id
            """).ToListAsync(cancellationToken)).ToDictionary(f => f.TechnicianId, f => f.Failed);

        var weights = await db.EvaluationWeights.AsNoTracking().SingleOrDefaultAsync(w => w.Id == EvaluationWeights.CompanyId, cancellationToken);

        return technicians.Select(t =>
        {
            var mine = answered.Where(a => a.Card.TechnicianId == t.Id).ToList();
            var items = Enum.GetValues<RatedItem>().Select(item => Rate(item, mine.Select(a => Level(a.Card.CurrentResponse!, item)).ToList())).ToList();
            var verdicts = received.Where(c => c.TechnicianId == t.Id)
                .Select(c => OnTimePolicy.Judge(c.DispatchDeadline, c.DeadlineMet, c.Status, c.ClosedAt, now)).ToList();
            var onTime = verdicts.Count(v => v == OnTimeVerdict.OnTime);
            var counted = verdicts.Count(v => v != OnTimeVerdict.NotCounted);
            var days = reviewed.Where(r => r.TechnicianId == t.Id).Select(r => r.Current.Contents).ToList();
            var hours = new MonthHoursDto(
                days.Sum(d => d.HoursOf(ServiceType.Paid)), days.Sum(d => d.HoursOf(ServiceType.Contract)), days.Sum(d => d.HoursOf(ServiceType.Free)), days.Sum(d => d.HoursOf(ServiceType.Admin)), days.Sum(d => d.TotalHours));
            var cards = cardsOfMonth.Where(c => c.TechnicianId == t.Id).ToList();
            return new TechnicianMonthDto(
                t.Id,
                t.Name,
                items,
                mine.Count,
                mine.Count(a => a.Counted.Late),
                cards.Count(c => c.Sent),
                cards.Count(c => c.Returned),
                attended.GetValueOrDefault(t.Id),
                new OnTimeDto(onTime, counted, counted == 0 ? null : Math.Round((decimal)onTime / counted, 4)),
                complaints.Count(c => c.TechnicianId == t.Id && c.Finding is { ServiceFault: true }),
                failed.GetValueOrDefault(t.Id),
                hours,
                EvaluationMonthPolicy.Score(items.ToDictionary(i => i.Item, i => i.MeanScore), weights));
        }).ToList();
    }

    private static Satisfaction Level(SurveyResponse response, RatedItem item) => item switch
    {
        RatedItem.Attitude => response.Attitude,
        RatedItem.TechnicalSkill => response.TechnicalSkill,
        RatedItem.ArrivalTime => response.ArrivalTime,
        RatedItem.FollowThrough => response.FollowThrough,
        _ => throw new ArgumentOutOfRangeException(nameof(item)),
    };

    private static RatedItemDto Rate(RatedItem item, IReadOnlyList<Satisfaction> levels)
    {
        int Count(Satisfaction level) => levels.Count(l => l == level);
        var (verySatisfied, satisfied, dissatisfied, veryDissatisfied) = (Count(Satisfaction.VerySatisfied), Count(Satisfaction.Satisfied), Count(Satisfaction.Dissatisfied), Count(Satisfaction.VeryDissatisfied));
        var answered = verySatisfied + satisfied + dissatisfied + veryDissatisfied;
        return new RatedItemDto(
            item, verySatisfied, satisfied, dissatisfied, veryDissatisfied, Count(Satisfaction.NotAnswered),
            EvaluationMonthPolicy.MeanScore(verySatisfied, satisfied, dissatisfied, veryDissatisfied),
            answered == 0 ? null : Math.Round((decimal)(verySatisfied + satisfied) / answered, 4));
    }
}
