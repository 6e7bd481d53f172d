using AfterSales.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Duties;

/// <summary>What of a duty's candidates has not been done yet: those with no claim (<see cref="DutyRun"/>).</summary>
internal static class DutyClaims
{
    public static async Task<IReadOnlyList<DueWork>> NotDoneAsync(IApplicationDbContext db, IReadOnlyList<DueWork> candidates, CancellationToken cancellationToken)
    {
        if (candidates.Count == 0)
        {
            return candidates;
        }

        var subjects = candidates.Select(c => c.SubjectId).Distinct().ToList();
        var done = (await db.DutyRuns.AsNoTracking()
                .Where(r => subjects.Contains(r.SubjectId))
                .Select(r => new { r.Duty, r.SubjectId, r.DueAt })
                .ToListAsync(cancellationToken))
            .Select(r => (r.Duty, r.SubjectId, r.DueAt.UtcTicks))
            .ToHashSet();
        return candidates.Where(c => !done.Contains((c.Claim, c.SubjectId, c.DueAt.UtcTicks))).ToList();
    }
}
