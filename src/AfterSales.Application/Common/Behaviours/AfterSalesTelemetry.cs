using System.Diagnostics;
using System.Diagnostics.Metrics;
using AfterSales.Application.Calls;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Calls.Commands.RecordArrival;
using AfterSales.Application.Calls.Commands.RegisterCall;

namespace AfterSales.Application.Common.Behaviours;

/// <summary>
/// The domain's own measurements, on the meter <c>AfterSales</c> (exported with OpenTelemetry when an
/// OTLP endpoint is configured, docs/operations.md): commands handled and refused, calls registered,
/// arrivals past their deadline (R19), answers replayed for an Idempotency-Key, and how far behind the
/// pull feeds' readers are (the age of the newest row a page served). Counted after the
/// command's transaction committed, so a rolled-back command counts as refused, never as done.
/// </summary>
public static class AfterSalesTelemetry
{
    public const string Name = "AfterSales";

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Commands = Meter.CreateCounter<long>("aftersales.commands", description: "Commands handled, by command and outcome (done, refused).");

    private static readonly Counter<long> CallsRegistered = Meter.CreateCounter<long>("aftersales.calls.registered", description: "Calls registered (R8).");

    private static readonly Counter<long> LateArrivals = Meter.CreateCounter<long>("aftersales.arrivals.late", description: "Arrivals recorded after the call's dispatch deadline (R19).");

    private static readonly Counter<long> Replays = Meter.CreateCounter<long>("aftersales.idempotency.replays", description: "Answers replayed for a repeated Idempotency-Key.");

    private static readonly Histogram<double> FeedLag = Meter.CreateHistogram<double>(
        "aftersales.feed.lag",
        unit: "s",
        description: "Age of the newest row on each feed page served (invoice requests, parts usage): how far behind its reader is; a reader that keeps up stays near its polling interval.");

    public static void CommandDone(string command, object? response)
    {
        Commands.Add(1, new KeyValuePair<string, object?>("command", command), new KeyValuePair<string, object?>("outcome", "done"));
        switch (command, response)
        {
            case (nameof(RegisterCall), CallDto):
                CallsRegistered.Add(1);
                break;
            case (nameof(RecordArrival), CallDto { DeadlineMet: false }):
                LateArrivals.Add(1);
                break;
        }
    }

    public static void CommandRefused(string command) =>
        Commands.Add(1, new KeyValuePair<string, object?>("command", command), new KeyValuePair<string, object?>("outcome", "refused"));

    /// <summary>A feed page was served; empty pages (the reader has caught up) measure nothing.</summary>
    public static void FeedServed(FeedName feed, DateTimeOffset? newestRow, DateTimeOffset now)
    {
        if (newestRow is { } newest)
        {
            FeedLag.Record(Math.Max(0, (now - newest).TotalSeconds), new KeyValuePair<string, object?>("feed", feed.ToString()));
        }
    }

    public static void Replayed(string command) => Replays.Add(1, new KeyValuePair<string, object?>("command", command));

    /// <summary>
    /// The request's span says which message it ran and, when the message names one, which call. Only a span that is
    /// recorded (sampled to be exported) is tagged: ASP.NET Core starts a span for every request so that log lines
    /// carry trace ids, and tags on a span nobody exports were work for nothing.
    /// </summary>
    public static void Tag(Activity? span, string message, Guid? callId)
    {
        if (span is not { Recorded: true })
        {
            return;
        }

        span.SetTag("aftersales.message", message);
        if (callId is { } id)
        {
            span.SetTag("aftersales.call_id", id);
        }
    }
}
