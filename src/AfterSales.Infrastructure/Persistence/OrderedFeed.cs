using System.Buffers.Text;
using System.Globalization;
using System.Text;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Paging;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Infrastructure.Persistence;

/// <summary>
/// Feeds ordered by (writer's transaction id, sequence). A sequence alone is not enough: a writer
/// that took sequence 5 may commit after one that took 6, and a reader that already passed 6 would
/// never see 5. Each row records its writer's transaction id (<c>pg_current_xact_id()</c>), and a
/// reader only returns rows older than the oldest transaction still running
/// (<c>pg_snapshot_xmin</c>): no transaction that could still commit can add a row before them.
/// Rows of one transaction become visible together, so their sequence orders them.
/// </summary>
internal sealed class OrderedFeed(AppDbContext db) : IOrderedFeed
{
    private sealed record Row(Guid Id, string Txid, long Sequence);

    private static (string Table, string Sequence) Columns(FeedName feed) => feed switch
    {
        FeedName.InvoiceRequests => ("invoice_requests", "feed_sequence"),
        FeedName.PartsUsage => ("part_usages", "feed_sequence"),
        FeedName.Events => ("outbox_events", "position"),
        _ => throw new ArgumentOutOfRangeException(nameof(feed)),
    };

    public async Task<string> HeadAsync(FeedName feed, CancellationToken cancellationToken)
    {
        var (table, sequence) = Columns(feed);
#pragma warning disable EF1002
        var last = await db.Database.SqlQueryRaw<Row>(
            $"""
            SELECT id AS "Id", feed_txid::text AS "Txid", {sequence} AS "Sequence"
            FROM {table}
            WHERE feed_txid < pg_snapshot_xmin(pg_current_snapshot())
            ORDER BY feed_txid DESC, {sequence} DESC
            LIMIT 1
            """).ToListAsync(cancellationToken);
#pragma warning restore EF1002
        return last.Count == 0 ? Encode("0", 0) : Encode(last[0].Txid, last[0].Sequence);
    }

    public async Task<FeedPage> ReadAsync(FeedName feed, Guid? unitId, string? cursor, int limit, CancellationToken cancellationToken)
    {
        var (table, sequence) = Columns(feed);
        var (afterTxid, afterSequence) = Decode(cursor);

        // The table and column names come from the switch above, never from the client. A unit's reader gets its
        // own condition (not "IS NULL OR") so the planner can use the (unit_id, txid, sequence) index.
        var unitCondition = unitId is null ? string.Empty : "AND unit_id = {3}";
#pragma warning disable EF1002
        var rows = await db.Database.SqlQueryRaw<Row>(
            $$"""
            SELECT id AS "Id", feed_txid::text AS "Txid", {{sequence}} AS "Sequence"
            FROM {{table}}
            WHERE (feed_txid, {{sequence}}) > ({0}::text::xid8, {1})
              AND feed_txid < pg_snapshot_xmin(pg_current_snapshot())
              {{unitCondition}}
            ORDER BY feed_txid, {{sequence}}
            LIMIT {2}
            """,
            afterTxid,
            afterSequence,
            limit,
            unitId ?? Guid.Empty).ToListAsync(cancellationToken);
#pragma warning restore EF1002

        // A feed has no last page: the cursor is where to resume, and an empty page means caught up.
        var next = rows.Count > 0 ? Encode(rows[^1].Txid, rows[^1].Sequence) : cursor ?? Encode("0", 0);
        return new FeedPage(rows.Select(r => r.Id).ToList(), next) { Positions = rows.Select(r => Encode(r.Txid, r.Sequence)).ToList() };
    }

    private static string Encode(string txid, long sequence) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{txid}:{sequence}")));

    private static (string Txid, long Sequence) Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return ("0", 0);
        }

        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split(':');
            return (ulong.Parse(parts[0], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture));
        }
        catch (Exception ex) when (ex is FormatException or IndexOutOfRangeException or OverflowException)
        {
            throw Cursor.Invalid();
        }
    }
}
