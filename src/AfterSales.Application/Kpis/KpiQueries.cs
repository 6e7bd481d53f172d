using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Kpis;

/// <summary>
/// The counts behind K1–K3 for one unit and period, grouped in the database: calls on
/// (unit_id, received_at), their cards through the call, complaints by their call's receipt (or their
/// own, without a call). K1's late count is <c>OnTimePolicy</c> in SQL: arrived after the deadline,
/// never reached with the deadline passed, or cancelled only after it.
/// </summary>
internal static class KpiQueries
{
    private sealed record CallRow(string Grp, long OnTime, long Late, long NotCancelled);

    private sealed record CardRow(string Grp, long SatisfiedItems, long AnsweredItems, long SatisfiedCards, long AnsweredCards, long ReturnedCards, long SentCards);

    private sealed record ComplaintRow(string Grp, long FaultComplaints, long UnjudgedComplaints);

    // The group keys are fixed SQL, chosen by the grouping; only {n} placeholders carry values.
    private static string CallKey(KpiGrouping by) => by switch
    {
        KpiGrouping.Unit => "c.unit_id::text",
        KpiGrouping.Zone => "c.zone",
        KpiGrouping.Technician => "COALESCE(c.technician_id::text, 'unassigned')",
        _ => "to_char(c.received_at AT TIME ZONE {4}, 'YYYY-MM')",
    };

    private static string CardKey(KpiGrouping by) => by == KpiGrouping.Technician ? "COALESCE(s.technician_id::text, 'unassigned')" : CallKey(by);

    private static string ComplaintKey(KpiGrouping by) => by switch
    {
        KpiGrouping.Unit => "p.unit_id::text",
        KpiGrouping.Zone => "COALESCE(c.zone, k.zone)",
        KpiGrouping.Technician => "COALESCE(p.technician_id::text, 'unassigned')",
        _ => "to_char(COALESCE(c.received_at, p.received_at) AT TIME ZONE {4}, 'YYYY-MM')",
    };

    public static async Task<IReadOnlyList<(string Key, KpiCounts Counts)>> CountAsync(
        IApplicationDbContext db, ServiceUnit unit, DateOnly from, DateOnly to, KpiGrouping by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        object[] args = [unit.Id, unit.Calendar.StartOfDay(from).ToUniversalTime(), unit.Calendar.StartOfDay(to.AddDays(1)).ToUniversalTime(), now, unit.Calendar.TimeZoneId, from, to];

        var callsSql = $$"""
            SELECT {{CallKey(by)}} AS grp,
                   count(*) FILTER (WHERE c.deadline_met) AS on_time,
                   count(*) FILTER (WHERE NOT c.deadline_met
                       OR (c.deadline_met IS NULL AND ((c.status <> 'Cancelled' AND c.dispatch_deadline < {3})
                                                    OR (c.status = 'Cancelled' AND c.closed_at > c.dispatch_deadline)))) AS late,
                   count(*) FILTER (WHERE c.status <> 'Cancelled') AS not_cancelled
            FROM repair_calls c
            WHERE c.unit_id = {0} AND c.received_at >= {1} AND c.received_at < {2}
            GROUP BY 1
            """;
        var calls = await db.Database.SqlQueryRaw<CallRow>(callsSql, args).ToListAsync(cancellationToken);

        // The answer as it stands: the last correction's (A3), or the one keyed in.
        var cardsSql = $$"""
            WITH answers AS (
                SELECT {{CardKey(by)}} AS grp, s.sent_at, s.response IS NOT NULL AS returned,
                       COALESCE(s.corrections -> -1 -> 'response', s.response) AS answer
                FROM survey_cards s JOIN repair_calls c ON c.id = s.call_id
                WHERE s.unit_id = {0} AND c.received_at >= {1} AND c.received_at < {2}
                  -- A card's register day is its call's day (R24), so the (unit_id, register_date) index finds the period's cards.
                  AND s.register_date >= {5} AND s.register_date <= {6}),
            items AS (
                SELECT grp, sent_at, returned,
                       COALESCE((answer ->> 'attitude' IN ('VerySatisfied', 'Satisfied'))::int + (answer ->> 'technicalSkill' IN ('VerySatisfied', 'Satisfied'))::int
                              + (answer ->> 'arrivalTime' IN ('VerySatisfied', 'Satisfied'))::int + (answer ->> 'followThrough' IN ('VerySatisfied', 'Satisfied'))::int, 0) AS satisfied,
                       COALESCE((answer ->> 'attitude' <> 'NotAnswered')::int + (answer ->> 'technicalSkill' <> 'NotAnswered')::int
                              + (answer ->> 'arrivalTime' <> 'NotAnswered')::int + (answer ->> 'followThrough' <> 'NotAnswered')::int, 0) AS answered
                FROM answers)
            SELECT grp,
                   COALESCE(sum(satisfied), 0)::bigint AS satisfied_items,
                   COALESCE(sum(answered), 0)::bigint AS answered_items,
                   count(*) FILTER (WHERE answered > 0 AND satisfied = answered) AS satisfied_cards,
                   count(*) FILTER (WHERE answered > 0) AS answered_cards,
                   count(*) FILTER (WHERE returned) AS returned_cards,
                   count(*) FILTER (WHERE sent_at IS NOT NULL) AS sent_cards
            FROM items
            GROUP BY grp
            """;
        var cards = await db.Database.SqlQueryRaw<CardRow>(cardsSql, args).ToListAsync(cancellationToken);

        var complaintsSql = $$"""
            SELECT {{ComplaintKey(by)}} AS grp,
                   count(*) FILTER (WHERE p.status = 'Closed' AND (p.finding ->> 'serviceFault')::boolean) AS fault_complaints,
                   count(*) FILTER (WHERE p.status <> 'Closed') AS unjudged_complaints
            FROM complaints p
            LEFT JOIN repair_calls c ON c.id = p.call_id
            LEFT JOIN customers k ON k.id = p.customer_id
            WHERE p.unit_id = {0} AND COALESCE(c.received_at, p.received_at) >= {1} AND COALESCE(c.received_at, p.received_at) < {2}
            GROUP BY 1
            """;
        var complaints = await db.Database.SqlQueryRaw<ComplaintRow>(complaintsSql, args).ToListAsync(cancellationToken);

        return calls.Select(r => (r.Grp, KpiCounts.None with { OnTime = r.OnTime, Late = r.Late, NotCancelled = r.NotCancelled }))
            .Concat(cards.Select(r => (r.Grp, KpiCounts.None with
            {
                SatisfiedItems = r.SatisfiedItems, AnsweredItems = r.AnsweredItems, SatisfiedCards = r.SatisfiedCards, AnsweredCards = r.AnsweredCards, ReturnedCards = r.ReturnedCards, SentCards = r.SentCards,
            })))
            .Concat(complaints.Select(r => (r.Grp, KpiCounts.None with { FaultComplaints = r.FaultComplaints, UnjudgedComplaints = r.UnjudgedComplaints })))
            .GroupBy(r => r.Grp, r => r.Item2)
            .Select(g => (g.Key, g.Aggregate(KpiCounts.None, (sum, c) => sum + c)))
            .ToList();
    }
}
