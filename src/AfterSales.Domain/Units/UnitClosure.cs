namespace AfterSales.Domain.Units;

/// <summary>Why a unit closed for part of its business hours.</summary>
public enum ClosureReason
{
    /// <summary>停班停課: the authorities declared a typhoon day.</summary>
    Typhoon,

    PowerCut,

    Other,
}

/// <summary>
/// A declared closure (停班停課): from <see cref="From"/> to <see cref="To"/> the unit's working time does
/// not count toward any deadline (R19 dispatch, R14 promised repairs, R27 complaint stages). Ended early,
/// it closed until <see cref="EndedAt"/>; cancelled, it never closed. Kept with every change for the history.
/// </summary>
public sealed record UnitClosure(
    Guid Id,
    DateTimeOffset From,
    DateTimeOffset To,
    ClosureReason Reason,
    string? Note,
    Guid? DeclaredBy,
    DateTimeOffset DeclaredAt,
    DateTimeOffset? EndedAt = null,
    Guid? EndedBy = null,
    DateTimeOffset? CancelledAt = null,
    Guid? CancelledBy = null,
    string? CancelReason = null)
{
    /// <summary>The span that is closed now: none when cancelled, up to the early end when ended early.</summary>
    public (DateTimeOffset From, DateTimeOffset To)? ClosedSpan => CancelledAt is null ? (From, EndedAt ?? To) : null;
}
