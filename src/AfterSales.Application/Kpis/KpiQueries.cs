using AfterSales.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Kpis;

/// <summary>
/// The counts behind K1–K3 for some units and a period, in two statements whatever the number of units:
/// the daily counts (<c>kpi_days</c>, <c>kpi_technician_days</c>: a row a unit, day and zone or
/// technician, kept by the database in the transaction of every change to a call, survey card or
/// complaint), and, live, the one count that moves with time alone: calls not yet reached whose deadline
/// has passed are late (K1, <c>OnTimePolicy</c>), read from the open calls on
/// (unit_id, status, received_at). Days are each unit's calendar days, as the counts are kept.
/// </summary>
internal static class KpiQueries
{
    private sealed record Row(Guid UnitId, string Grp, long OnTime, long Late, long NotCancelled, long SatisfiedItems, long AnsweredItems,
        long SatisfiedCards, long AnsweredCards, long ReturnedCards, long SentCards, long FaultComplaints, long UnjudgedComplaints);

    private sealed record LiveRow(Guid UnitId, string Grp, long Late);

    // The group keys are fixed SQL, chosen by the grouping; only {n} placeholders carry values.
    private static string DayKey(KpiGrouping by) => by switch
    {
        KpiGrouping.Unit => "k.unit_id::text",
        KpiGrouping.Zone => "k.zone",
        KpiGrouping.Technician => "CASE WHEN k.technician_id = '00000000-0000-0000-0000-000000000000' THEN 'unassigned' ELSE k.technician_id::text END",
        _ => "to_char(k.day, 'YYYY-MM')",
    };

    private static string CallKey(KpiGrouping by) => by switch
    {
        KpiGrouping.Unit => "c.unit_id::text",
        KpiGrouping.Zone => "c.zone",
        KpiGrouping.Technician => "COALESCE(c.technician_id::text, 'unassigned')",
        _ => "to_char(c.received_at AT TIME ZONE (u.calendar ->> 'timeZone'), 'YYYY-MM')",
    };

    public static async Task<IReadOnlyList<(Guid UnitId, string Key, KpiCounts Counts)>> CountAsync(
        IApplicationDbContext db, IReadOnlyList<Guid> unitIds, DateOnly from, DateOnly to, KpiGrouping by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        object[] args = [unitIds.ToArray(), from, to, now.ToUniversalTime()];
        var table = by == KpiGrouping.Technician ? "kpi_technician_days" : "kpi_days";
        var daysSql = $$"""
            SELECT k.unit_id, {{DayKey(by)}} AS grp,
                   sum(k.on_time)::bigint AS on_time, sum(k.late_settled)::bigint AS late, sum(k.not_cancelled)::bigint AS not_cancelled,
                   sum(k.satisfied_items)::bigint AS satisfied_items, sum(k.answered_items)::bigint AS answered_items,
                   sum(k.satisfied_cards)::bigint AS satisfied_cards, sum(k.answered_cards)::bigint AS answered_cards,
                   sum(k.returned_cards)::bigint AS returned_cards, sum(k.sent_cards)::bigint AS sent_cards,
                   sum(k.fault_complaints)::bigint AS fault_complaints, sum(k.unjudged_complaints)::bigint AS unjudged_complaints
            FROM {{table}} k
            WHERE k.unit_id = ANY({0}) AND k.day >= {1} AND k.day <= {2}
            GROUP BY 1, 2
            """;
        var days = await db.Database.SqlQueryRaw<Row>(daysSql, args).ToListAsync(cancellationToken);

        // Not reached and not cancelled is Registered or Dispatched (an arrival sets deadline_met; only a call
        // not yet reached is cancelled), so the open calls' index finds them.
        var liveSql = $$"""
            SELECT c.unit_id, {{CallKey(by)}} AS grp, count(*) AS late
            FROM repair_calls c JOIN service_units u ON u.id = c.unit_id
            WHERE c.unit_id = ANY({0}) AND c.status IN ('Registered', 'Dispatched') AND c.dispatch_deadline < {3}
              AND (c.received_at AT TIME ZONE (u.calendar ->> 'timeZone'))::date BETWEEN {1} AND {2}
            GROUP BY 1, 2
            """;
        var live = await db.Database.SqlQueryRaw<LiveRow>(liveSql, args).ToListAsync(cancellationToken);

        return days.Select(r => (r.UnitId, r.Grp, new KpiCounts(r.OnTime, r.Late, r.NotCancelled, r.SatisfiedItems, r.AnsweredItems,
                r.SatisfiedCards, r.AnsweredCards, r.ReturnedCards, r.SentCards, r.FaultComplaints, r.UnjudgedComplaints)))
            .Concat(live.Select(r => (r.UnitId, r.Grp, KpiCounts.None with { Late = r.Late })))
            .ToList();
    }
}
