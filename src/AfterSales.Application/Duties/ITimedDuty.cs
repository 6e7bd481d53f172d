using AfterSales.Application.Common.Interfaces;

namespace AfterSales.Application.Duties;

/// <summary>
/// A duty that falls due with the clock rather than with a command (R24 sending the day's register at the
/// next opening, R19 a deadline at risk, R14 a late card, R27 an overdue complaint step, R20 a notice due,
/// R15 a missing 006). The runner asks what is due and does each piece in a transaction of its own, after
/// claiming it (<see cref="DutyRun"/>); a duty only finds work and does it, never saves.
/// </summary>
public interface ITimedDuty
{
    /// <summary>The duty's name: the audit line's command and the claim's key.</summary>
    string Name { get; }

    /// <summary>What has fallen due by <paramref name="now"/> and has not been done (no claim yet).</summary>
    Task<IReadOnlyList<DueWork>> FindDueAsync(IApplicationDbContext db, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Does one piece of work; the runner has claimed it in the same transaction and saves.</summary>
    Task PerformAsync(IApplicationDbContext db, DueWork work, DateTimeOffset now, CancellationToken cancellationToken);
}

/// <summary>One piece of a duty: a record (or a unit's day, a technician's day) and the moment it fell due.</summary>
/// <param name="Claim">The claim's key: the duty's name, or the name and which deadline of the record.</param>
/// <param name="UnitId">The unit whose record it is.</param>
/// <param name="SubjectId">The record (a call, a card, a complaint, a notice; the unit for its day's register; the technician for a report).</param>
/// <param name="DueAt">The moment it fell due: with the claim and the subject, what makes it once.</param>
/// <param name="Date">A day the work is about (a register's day, a report's day), where it has one.</param>
/// <param name="Detail">Which of the record's deadlines (a complaint's step), where it has several.</param>
public sealed record DueWork(string Claim, Guid UnitId, Guid SubjectId, DateTimeOffset DueAt, DateOnly? Date = null, string? Detail = null);
