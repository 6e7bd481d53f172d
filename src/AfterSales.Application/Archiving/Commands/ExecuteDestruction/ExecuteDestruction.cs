using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Archiving;
using AfterSales.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Archiving.Commands.ExecuteDestruction;

/// <summary>
/// A2: carries out an approved destruction, in one transaction whatever its size. The records still
/// candidates lose their rows (content and personal data); a call goes with its receipt, card, movement
/// lines and service-history lines. Their archive lines stay as tombstones naming this destruction, and a
/// read of them answers 410. Records that came to be tied to an open complaint or an unissued invoice
/// request since the proposal, or were destroyed meanwhile, are kept and listed with the reason.
/// This is the one place in the system that removes rows (A3).
/// </summary>
public sealed record ExecuteDestruction(Guid DestructionId) : ICommand<DestructionRequestDto>, IIdempotentCommand;

public sealed class ExecuteDestructionHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock) : ICommandHandler<ExecuteDestruction, DestructionRequestDto>
{
    public async ValueTask<DestructionRequestDto> Handle(ExecuteDestruction command, CancellationToken cancellationToken)
    {
        var destruction = await db.DestructionRequests.FindForChangeAsync(command.DestructionId, user, request, cancellationToken);
        // Refused before any row is touched, not after the deletes are rolled back.
        BusinessRules.Check(new DestructionMustAwaitStepRule(destruction.Status, DestructionStatus.Approved, "execution"));
        var now = clock.GetUtcNow();

        // Retention was checked when the admin proposed and the service department approved; what can
        // change since is a new tie to something open, or another destruction having taken the record.
        var proposed = destruction.RecordIds.ToList();
        var entries = await db.ArchiveEntries.AsNoTracking()
            .Where(e => proposed.Contains(e.RecordId))
            .Select(e => new { e.RecordId, e.Number, e.DestroyedBy })
            .ToListAsync(cancellationToken);
        var why = await OpenTies.OfAsync(db, proposed, cancellationToken);
        foreach (var gone in entries.Where(e => e.DestroyedBy is not null))
        {
            why.TryAdd(gone.RecordId, $"already destroyed by {gone.DestroyedBy}");
        }

        var kept = entries.Where(e => why.ContainsKey(e.RecordId)).Select(e => new HeldBackRecord(destruction.Type, e.RecordId, e.Number, why[e.RecordId])).ToList();
        var ids = entries.Where(e => !why.ContainsKey(e.RecordId)).Select(e => e.RecordId).ToList();

        await RemoveAsync(destruction.Type, ids, cancellationToken);
        var tombstones = await db.ArchiveEntries
            .Where(e => e.DestroyedBy == null && (ids.Contains(e.RecordId) || (destruction.Type == ArchivedRecordType.Call && e.ParentId != null && ids.Contains(e.ParentId.Value))))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.DestroyedBy, destruction.Id).SetProperty(e => e.DestroyedAt, now), cancellationToken);

        destruction.Execute(user.RequireStaffId(), now, tombstones, kept);
        return DestructionRequestDto.From(destruction);
    }

    /// <summary>One statement a table, set-based, so ten thousand calls cost a handful of statements.</summary>
    private async Task RemoveAsync(ArchivedRecordType type, List<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        switch (type)
        {
            case ArchivedRecordType.Call:
                await db.ProductMovements.Where(m => ids.Contains(m.CallId)).ExecuteDeleteAsync(cancellationToken);
                await db.PickupReceipts.Where(r => ids.Contains(r.CallId)).ExecuteDeleteAsync(cancellationToken);
                await db.RepairCards.Where(k => ids.Contains(k.CallId)).ExecuteDeleteAsync(cancellationToken);
                await db.ServiceHistory.Where(h => h.CallId != null && ids.Contains(h.CallId.Value)).ExecuteDeleteAsync(cancellationToken);
                await db.Calls.Where(c => ids.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
                break;
            case ArchivedRecordType.TechnicianDailyReport:
                await db.TechnicianDailyReports.Where(r => ids.Contains(r.Id)).ExecuteDeleteAsync(cancellationToken);
                break;
            case ArchivedRecordType.SupervisorDailyReport:
                await db.SupervisorDailyReports.Where(r => ids.Contains(r.Id)).ExecuteDeleteAsync(cancellationToken);
                break;
            case ArchivedRecordType.SurveyCard:
                await db.SurveyCards.Where(c => ids.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
                break;
            case ArchivedRecordType.Complaint:
                await db.Complaints.Where(c => ids.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
                break;
            case ArchivedRecordType.ContractExpiryNotice:
                await db.ContractExpiryNotices.Where(n => ids.Contains(n.Id)).ExecuteDeleteAsync(cancellationToken);
                break;
            default:
                throw new InvalidOperationException($"{type} records are destroyed with their call.");
        }
    }
}

public sealed class ExecuteDestructionValidator : AbstractValidator<ExecuteDestruction>
{
    public ExecuteDestructionValidator()
    {
        RuleFor(c => c.DestructionId).NotEmpty();
    }
}
