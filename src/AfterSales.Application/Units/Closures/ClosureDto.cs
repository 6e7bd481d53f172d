using AfterSales.Domain.Units;

namespace AfterSales.Application.Units.Closures;

/// <summary>
/// A declared closure (停班停課): from <c>from</c> to <c>to</c> (or <c>endedAt</c>, when lifted early) the
/// unit's working time does not count toward deadlines. A cancelled closure never closed anything.
/// </summary>
public sealed record ClosureDto(
    Guid Id,
    Guid UnitId,
    DateTimeOffset From,
    DateTimeOffset To,
    DateTimeOffset? EndedAt,
    ClosureReason Reason,
    string? Note,
    Guid? DeclaredBy,
    DateTimeOffset DeclaredAt,
    Guid? EndedBy,
    DateTimeOffset? CancelledAt,
    Guid? CancelledBy,
    string? CancelReason)
{
    public static ClosureDto Of(Guid unitId, UnitClosure c) =>
        new(c.Id, unitId, c.From, c.To, c.EndedAt, c.Reason, c.Note, c.DeclaredBy, c.DeclaredAt, c.EndedBy, c.CancelledAt, c.CancelledBy, c.CancelReason);
}

/// <summary>
/// A closure as a command left it, with how many waiting calls' dispatch deadlines (R19), repair cards'
/// promised times (R14) and open complaints' step deadlines (R27) it moved.
/// </summary>
public sealed record ClosureChangeDto(ClosureDto Closure, int CallsMoved, int CardsMoved, int ComplaintsMoved);
