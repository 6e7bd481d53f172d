using System.Collections.Concurrent;
using AfterSales.Infrastructure.Auth;
using AfterSales.Infrastructure.Persistence;
using NpgsqlTypes;

namespace AfterSales.Api.Infrastructure;

/// <summary>
/// With a standby configured (<see cref="ReadReplica"/>), sends each GET's queries to it unless the caller must
/// see a write the standby has not replayed yet; then to the primary. A caller's own writes are always seen:
/// every successful command answers <c>AfterSales-Commit-Lsn</c> (the primary's WAL position after it
/// committed), this instance remembers it for the caller, and a read on any instance may name it in
/// <c>AfterSales-Read-After</c>. The feeds (<see cref="ReadsPrimaryExtensions.ReadsPrimary"/>) always read the
/// primary. Without a standby it is not in the pipeline (Program.cs).
/// </summary>
public sealed class ReadRouting(RequestDelegate next, ReadReplica replica)
{
    public const string CommitPositionHeader = "AfterSales-Commit-Lsn";
    public const string ReadAfterHeader = "AfterSales-Read-After";

    /// <summary>Where the request's queries went: <c>replica</c> (the standby connection) or <c>primary</c>.</summary>
    public const string ReadRouteHeader = "AfterSales-Read-Route";

    public async Task InvokeAsync(HttpContext context)
    {
        var caller = context.User.FindFirst(AfterSalesClaims.Subject)?.Value;
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            var toReplica = context.GetEndpoint()?.Metadata.GetMetadata<ReadsPrimaryMarker>() is null
                && (ReadAfter(context, caller) is not { } after || await replica.HasReplayedAsync(after, context.RequestAborted));
            context.RequestServices.GetRequiredService<DatabaseRoute>().ReadsReplica = toReplica;

            // Set as the answer starts: a problem answer (404, 400) is written on a cleared response.
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[ReadRouteHeader] = toReplica ? "replica" : "primary";
                return Task.CompletedTask;
            });
        }
        else
        {
            context.Response.OnStarting(async () =>
            {
                if (context.Response.StatusCode < 400)
                {
                    var position = await replica.CommitPositionAsync(context.RequestAborted);
                    context.Response.Headers[CommitPositionHeader] = position.ToString();
                    if (caller is not null)
                    {
                        context.RequestServices.GetRequiredService<ReadYourWrites>().Wrote(caller, position);
                    }
                }
            });
        }

        await next(context);
    }

    /// <summary>The furthest of the position the caller named and the one this instance remembers for them.</summary>
    private static NpgsqlLogSequenceNumber? ReadAfter(HttpContext context, string? caller)
    {
        NpgsqlLogSequenceNumber? named = NpgsqlLogSequenceNumber.TryParse(context.Request.Headers[ReadAfterHeader].ToString(), out var parsed) ? parsed : null;
        var remembered = caller is null ? null : context.RequestServices.GetRequiredService<ReadYourWrites>().LastWrite(caller);
        return (named, remembered) switch
        {
            ({ } a, { } b) => a > b ? a : b,
            ({ } a, null) => a,
            (null, var b) => b,
        };
    }
}

/// <summary>
/// The WAL position of each caller's last write on this instance, kept for <c>Database__ReadYourWritesSeconds</c>
/// (a standby replays within that, or the caller's reads go to the primary until it does).
/// </summary>
public sealed class ReadYourWrites(int seconds)
{
    private const int MaxCallers = 100_000;
    private readonly ConcurrentDictionary<string, (NpgsqlLogSequenceNumber Position, long Until)> _writes = new(StringComparer.Ordinal);

    public void Wrote(string caller, NpgsqlLogSequenceNumber position)
    {
        var now = Environment.TickCount64;
        if (_writes.Count >= MaxCallers)
        {
            foreach (var (key, value) in _writes)
            {
                if (value.Until < now)
                {
                    _writes.TryRemove(key, out _);
                }
            }
        }

        _writes.AddOrUpdate(caller, (position, now + (seconds * 1000L)), (_, last) => (last.Position > position ? last.Position : position, now + (seconds * 1000L)));
    }

    public NpgsqlLogSequenceNumber? LastWrite(string caller) =>
        _writes.TryGetValue(caller, out var last) && last.Until >= Environment.TickCount64 ? last.Position : null;
}

internal sealed class ReadsPrimaryMarker
{
    public static readonly ReadsPrimaryMarker Instance = new();
}

public static class ReadsPrimaryExtensions
{
    /// <summary>
    /// This query reads the primary even with a standby configured: the feeds, whose no-skip guarantee rests on
    /// the primary's view of the transactions still in flight.
    /// </summary>
    public static RouteHandlerBuilder ReadsPrimary(this RouteHandlerBuilder builder) => builder.WithMetadata(ReadsPrimaryMarker.Instance);
}
