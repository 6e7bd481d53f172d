using AfterSales.Application.Common.History;
using AfterSales.Domain.Calls;

namespace AfterSales.Application.Calls.Queries.GetCall;

/// <summary>
/// Reads a call with its timeline for showing it, untracked, on the request's read connection (the standby's when the
/// request reads there). The most frequent read of all, so it is one statement written by hand rather than an EF Core
/// query: EF's pipeline around that one statement cost more CPU than the rest of the request (docs/architecture.md,
/// "Performance"). What it returns is what EF would: <c>CallReaderTests</c> compares the two for calls in every state.
/// </summary>
public interface ICallReader
{
    /// <summary>The call and its history lines in the order they were recorded, or null when there is no such call.</summary>
    Task<CallWithTimeline?> ReadWithTimelineAsync(Guid callId, CancellationToken cancellationToken);
}

/// <summary>A call read with its timeline in one statement.</summary>
public sealed record CallWithTimeline(RepairCall Call, IReadOnlyList<ServiceHistoryEntry> Timeline);
