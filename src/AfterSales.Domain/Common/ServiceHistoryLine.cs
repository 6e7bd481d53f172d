namespace AfterSales.Domain.Common;

/// <summary>
/// One line of a service certificate's history (form 001): every call, visit, repair, signature and
/// return, in the order they were recorded. Aggregates write them; the unit of work saves them with
/// the change that made them, so no step can happen without its line.
/// </summary>
public sealed record ServiceHistoryLine(Guid CertificateId, Guid? CallId, DateTimeOffset At, ServiceEventKind Kind, Guid? ActorId, string? Note)
{
    private static long _recorded;

    /// <summary>
    /// Where the line stands among all lines recorded in this process: one command's steps touch
    /// several aggregates (call, receipt, card), and their lines are saved in the order they happened.
    /// </summary>
    public long RecordedOrder { get; } = Interlocked.Increment(ref _recorded);
}
