using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Scoping;
using AfterSales.Application.Registers.Commands.SendCallRegister;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Duties.SendDayRegisters;

/// <summary>
/// R24: a day's call register that the clerk has not sent by the next business day's opening is sent then,
/// by no one (<c>sentBy</c> empty), with its survey cards, exactly as the clerk's command would have sent it.
/// Only days that had calls: a day without one has nothing to survey.
/// </summary>
public sealed class SendDayRegisters(DutySettings settings) : ITimedDuty
{
    public string Name => nameof(SendDayRegisters);

    public async Task<IReadOnlyList<DueWork>> FindDueAsync(IApplicationDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var candidates = new List<DueWork>();
        foreach (var unit in await db.Units.AsNoTracking().ToListAsync(cancellationToken))
        {
            var today = unit.Calendar.LocalDate(now);
            var first = today.AddDays(-settings.LookbackDays);
            var sent = (await db.SentCallRegisters.AsNoTracking()
                .Where(r => r.UnitId == unit.Id && r.Date >= first && r.Date < today)
                .Select(r => r.Date)
                .ToListAsync(cancellationToken)).ToHashSet();
            for (var day = first; day < today; day = day.AddDays(1))
            {
                if (sent.Contains(day) || unit.Calendar.FirstOpeningAfter(day) is not { } due || due > now)
                {
                    continue;
                }

                var from = unit.Calendar.StartOfDay(day);
                var to = unit.Calendar.StartOfDay(day.AddDays(1));
                if (await db.Calls.AnyAsync(c => c.UnitId == unit.Id && c.ReceivedAt >= from && c.ReceivedAt < to, cancellationToken))
                {
                    candidates.Add(new DueWork(Name, unit.Id, unit.Id, due, day));
                }
            }
        }

        return await DutyClaims.NotDoneAsync(db, candidates, cancellationToken);
    }

    public async Task PerformAsync(IApplicationDbContext db, DueWork work, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The unit's row is held until commit, as the clerk's command holds it: whichever comes second finds the day sent.
        var unit = await db.Units.FindLockedAsync(work.UnitId, cancellationToken);
        if (unit is not null)
        {
            await SendCallRegisterHandler.SendAsync(db, unit, work.Date!.Value, sentBy: null, now, cancellationToken);
        }
    }
}
