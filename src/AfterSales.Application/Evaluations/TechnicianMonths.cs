using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Common;
using AfterSales.Domain.Complaints;
using AfterSales.Domain.Evaluations;
using AfterSales.Domain.Surveys;
using AfterSales.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Evaluations;

/// <summary>
/// R23: a unit's technicians' month, figure by figure, counted in the database where it can be: the month's
/// answers (as corrected, A3) and the late answers of closed months on (unit_id, register_date), cards sent
/// and returned grouped by technician, calls reached on (unit_id, arrived_at), K1 from the same daily counts
/// as the KPI report, complaints by unit (in the month of their call), hours summed from the reviewed form
/// 006 reports' items on (unit_id, date), failed inspections from the cards' inspection lines (in the month
/// of the inspection).
/// </summary>
internal static class TechnicianMonths
{
    /// <summary>How far back a late answer may reach: answers to calls older than this are not counted.</summary>
    private const int LateAnswerMonths = 12;

    private sealed record FailedInspection(Guid TechnicianId, int Failed);

    /// <summary>An answered card as the month needs it: whose, when, and the answer as it stands (A3).</summary>
    private sealed record Answer(Guid TechnicianId, DateOnly RegisterDate, DateTimeOffset ReceivedAt, string Attitude, string TechnicalSkill, string ArrivalTime, string FollowThrough)
    {
        public Satisfaction Level(RatedItem item) => Enum.Parse<Satisfaction>(item switch
        {
            RatedItem.Attitude => Attitude,
            RatedItem.TechnicalSkill => TechnicalSkill,
            RatedItem.ArrivalTime => ArrivalTime,
            RatedItem.FollowThrough => FollowThrough,
            _ => throw new ArgumentOutOfRangeException(nameof(item)),
        });
    }

    private sealed record CardCounts(Guid TechnicianId, int Sent, int Returned);

    private sealed record Hours(Guid TechnicianId, string Type, decimal Total);

    public static async Task<IReadOnlyList<TechnicianMonthDto>> ReadAsync(
        IApplicationDbContext db, ServiceUnit unit, DateOnly month, Guid? technicianId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var staff = await db.Staff.AsNoTracking().Where(s => s.UnitId == unit.Id).OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var technicians = staff.Where(s => s.Has(Role.Technician) && (technicianId is null || s.Id == technicianId)).ToList();
        var staffIds = technicians.Select(t => t.Id).ToList();
        var ids = staffIds.Select(id => (Guid?)id).ToList();
        var technicianArray = staffIds.ToArray();
        var next = month.AddMonths(1);
        var from = unit.Calendar.StartOfDay(month).ToUniversalTime();
        var to = unit.Calendar.StartOfDay(next).ToUniversalTime();
        var unitId = unit.Id;

        var closedAt = await db.EvaluationMonthClosures.AsNoTracking().Where(c => c.UnitId == unit.Id).ToDictionaryAsync(c => c.Month, c => c.ClosedAt, cancellationToken);
        var earliest = month.AddMonths(-LateAnswerMonths);

        // This month's answers, and of earlier months only the late ones: an answer counts in a later month
        // only when its own month was closed before it came (MonthOf), which decides the month below.
        var answers = (await db.Database.SqlQuery<Answer>($"""
                WITH cards AS (
                    SELECT s.* FROM survey_cards s
                    WHERE s.unit_id = {unitId} AND s.register_date >= {month} AND s.register_date < {next}
                    UNION ALL
                    SELECT s.* FROM evaluation_month_closures e
                    JOIN survey_cards s ON s.unit_id = e.unit_id AND s.register_date >= e.month AND s.register_date < (e.month + interval '1 month')::date
                    WHERE e.unit_id = {unitId} AND e.month >= {earliest} AND e.month < {month}
                      AND (s.response ->> 'receivedAt')::timestamptz > e.closed_at)
                SELECT s.technician_id, s.register_date, (s.response ->> 'receivedAt')::timestamptz AS received_at,
                       a.answer ->> 'attitude' AS attitude, a.answer ->> 'technicalSkill' AS technical_skill,
                       a.answer ->> 'arrivalTime' AS arrival_time, a.answer ->> 'followThrough' AS follow_through
                FROM cards s, LATERAL (SELECT COALESCE(s.corrections -> -1 -> 'response', s.response) AS answer) a
                WHERE s.response IS NOT NULL AND s.technician_id = ANY({technicianArray})
                """).ToListAsync(cancellationToken))
            .Select(a => (Answer: a, Counted: EvaluationMonthPolicy.MonthOf(EvaluationMonthPolicy.MonthStart(a.RegisterDate), a.ReceivedAt, closedAt)))
            .Where(x => x.Counted.Month == month)
            .ToList();
        var cardsOfMonth = (await db.Database.SqlQuery<CardCounts>($"""
                SELECT technician_id, count(sent_at)::int AS sent, count(response)::int AS returned
                FROM survey_cards
                WHERE unit_id = {unitId} AND register_date >= {month} AND register_date < {next} AND technician_id = ANY({technicianArray})
                GROUP BY technician_id
                """).ToListAsync(cancellationToken)).ToDictionary(c => c.TechnicianId);

        var attended = await db.Calls.AsNoTracking()
            .Where(c => c.UnitId == unit.Id && c.ArrivedAt >= from && c.ArrivedAt < to && ids.Contains(c.TechnicianId))
            .GroupBy(c => c.TechnicianId).Select(g => new { TechnicianId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.TechnicianId!.Value, x => x.Count, cancellationToken);

        // K1 per technician, as the KPI report counts it (OnTimePolicy): the same daily counts and live late calls.
        var onTime = (await Kpis.KpiQueries.CountAsync(db, [unit.Id], month, next.AddDays(-1), Kpis.KpiGrouping.Technician, now, cancellationToken))
            .GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.Aggregate(Kpis.KpiCounts.None, (sum, r) => sum + r.Counts));

        // Like a rating, a complaint about a call belongs to the call's month; one without a call to its own.
        var complaints = await db.Complaints.AsNoTracking()
            .Where(c => c.UnitId == unit.Id && c.Status == ComplaintStatus.Closed && ids.Contains(c.TechnicianId))
            .Where(c => c.CallId == null
                ? c.ReceivedAt >= from && c.ReceivedAt < to
                : db.Calls.Any(k => k.Id == c.CallId && k.ReceivedAt >= from && k.ReceivedAt < to))
            .ToListAsync(cancellationToken);

        // Hours from the reviewed reports as they were reviewed: each report's current version's items.
        var hours = (await db.Database.SqlQuery<Hours>($"""
                SELECT r.technician_id, i ->> 'type' AS type, sum((i ->> 'hours')::numeric) AS total
                FROM technician_daily_reports r, jsonb_array_elements(r.versions -> -1 -> 'contents' -> 'items') i
                WHERE r.unit_id = {unitId} AND r.date >= {month} AND r.date < {next} AND r.status = 'Reviewed' AND r.technician_id = ANY({technicianArray})
                GROUP BY 1, 2
                """).ToListAsync(cancellationToken)).ToLookup(h => h.TechnicianId);

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
            var mine = answers.Where(a => a.Answer.TechnicianId == t.Id).ToList();
            var items = Enum.GetValues<RatedItem>().Select(item => Rate(item, mine.Select(a => a.Answer.Level(item)).ToList())).ToList();
            var k1 = onTime.GetValueOrDefault(t.Id.ToString(), Kpis.KpiCounts.None);
            var counted = k1.OnTime + k1.Late;
            decimal HoursOf(ServiceType type) => hours[t.Id].Where(h => h.Type == type.ToString()).Sum(h => h.Total);
            var monthHours = new MonthHoursDto(
                HoursOf(ServiceType.Paid), HoursOf(ServiceType.Contract), HoursOf(ServiceType.Free), HoursOf(ServiceType.Admin), hours[t.Id].Sum(h => h.Total));
            var cards = cardsOfMonth.GetValueOrDefault(t.Id);
            return new TechnicianMonthDto(
                t.Id,
                t.Name,
                items,
                mine.Count,
                mine.Count(a => a.Counted.Late),
                cards?.Sent ?? 0,
                cards?.Returned ?? 0,
                attended.GetValueOrDefault(t.Id),
                new OnTimeDto((int)k1.OnTime, (int)counted, counted == 0 ? null : Math.Round((decimal)k1.OnTime / counted, 4)),
                complaints.Count(c => c.TechnicianId == t.Id && c.Finding is { ServiceFault: true }),
                failed.GetValueOrDefault(t.Id),
                monthHours,
                EvaluationMonthPolicy.Score(items.ToDictionary(i => i.Item, i => i.MeanScore), weights));
        }).ToList();
    }

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
