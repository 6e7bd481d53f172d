using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Contracts;
using AfterSales.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Contracts;

/// <summary>
/// R20: every term gets its expiry notice when it is made, in the same transaction, and a renewal
/// settles the notice of the term it follows (Renewed, or NotNeeded before the notice fell due).
/// </summary>
internal static class ExpiryNotices
{
    public static void ForNewTerm(IApplicationDbContext db, MaintenanceContract contract, ServiceUnit unit, DateTimeOffset at)
    {
        var term = contract.CurrentTerm;
        var dueOn = ExpiryNoticePolicy.DueOn(term.EndsOn, unit.Calendar.LocalDate(at), unit.Calendar);
        db.ContractExpiryNotices.Add(ContractExpiryNotice.ForTerm(Guid.CreateVersion7(at), contract, term, dueOn));
    }

    public static async Task SettleByRenewalAsync(IApplicationDbContext db, MaintenanceContract contract, int renewedTermNumber, ServiceUnit unit, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var notice = await db.ContractExpiryNotices.SingleOrDefaultAsync(n => n.ContractId == contract.Id && n.TermNumber == renewedTermNumber, cancellationToken);
        notice?.SettleByRenewal(contract.CurrentTerm.TermNumber, unit.Calendar.LocalDate(at), at);
    }
}
