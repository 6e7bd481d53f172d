using AfterSales.Domain.Common;

namespace AfterSales.Domain.RepairCards;

/// <summary>
/// R14: a card is late once past its promised time until the product is back with the customer:
/// in repair, waiting for inspection, or waiting to be returned. Derived from the clock on every
/// read, not set by a job. A late card the technician has not reported to the supervisor since the
/// promise in force was set is unreported.
/// </summary>
public static class RepairLatenessPolicy
{
    public static readonly InstantRule<RepairCard> Late = new((card, now) => card.Status != RepairCardStatus.Closed && card.PromisedAt < now);

    /// <summary>
    /// R14 looking back (form 007): at <c>at</c> the card was open (the product not yet returned) and past
    /// the promise now in force. A later closing does not undo it; a promise moved later counts as moved.
    /// </summary>
    public static readonly InstantRule<RepairCard> LateAsOf = new((card, at) =>
        card.OpenedAt < at && (card.ClosedAt == null || card.ClosedAt >= at) && card.PromisedAt < at);

    public static bool IsUnreported(bool late, DateTimeOffset promiseSetAt, IEnumerable<RepairEscalation> escalations) =>
        late && !escalations.Any(e => e.ReportedAt >= promiseSetAt);
}
