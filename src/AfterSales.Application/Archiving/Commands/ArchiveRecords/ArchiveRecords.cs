using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Archiving;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Complaints;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Archiving.Commands.ArchiveRecords;

/// <summary>
/// A1: hands a unit's calls closed (or cancelled) on or before a local date to the archive, each with its
/// pickup receipt and repair card, and makes the archive list (歸檔表). A call an open complaint or an
/// unissued invoice request still refers to is held back, and the list says why. One command, one
/// transaction, whatever the number of records: the marks are set with one statement per table.
/// </summary>
public sealed record ArchiveRecords(Guid UnitId, DateOnly UpTo) : ICommand<ArchiveBatchDto>, IIdempotentCommand;

public sealed class ArchiveRecordsHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ArchiveRecords, ArchiveBatchDto>
{
    public async ValueTask<ArchiveBatchDto> Handle(ArchiveRecords command, CancellationToken cancellationToken)
    {
        var unitId = user.ListUnit(command.UnitId) ?? command.UnitId;
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken)
            ?? throw new Common.Exceptions.NotFoundException(nameof(Domain.Units.ServiceUnit), unitId);
        var end = unit.Calendar.StartOfDay(command.UpTo.AddDays(1)).ToUniversalTime();

        // Closed or cancelled before the end of the day, not yet archived: on (unit_id, closed_at).
        var calls = await db.Calls.AsNoTracking()
            .Where(c => c.UnitId == unitId && c.ClosedAt < end && c.ArchivedIn == null && (c.Status == CallStatus.Closed || c.Status == CallStatus.Cancelled))
            .Select(c => new { c.Id, c.Number, ClosedAt = c.ClosedAt!.Value })
            .ToListAsync(cancellationToken);
        var ids = calls.Select(c => c.Id).ToList();
        var complained = await db.Complaints.AsNoTracking()
            .Where(c => c.CallId != null && ids.Contains(c.CallId.Value) && c.Status != ComplaintStatus.Closed)
            .Select(c => new { CallId = c.CallId!.Value, c.Number })
            .ToListAsync(cancellationToken);
        var complaintOf = complained.GroupBy(c => c.CallId).ToDictionary(g => g.Key, g => g.First().Number);
        var unbilled = await db.InvoiceRequests.AsNoTracking()
            .Where(r => r.CallId != null && ids.Contains(r.CallId.Value) && r.InvoiceNumber == null)
            .Select(r => r.CallId!.Value)
            .ToHashSetAsync(cancellationToken);

        var heldBack = new List<HeldBackRecord>();
        foreach (var call in calls)
        {
            if (complaintOf.TryGetValue(call.Id, out var complaint))
            {
                heldBack.Add(new HeldBackRecord("Call", call.Id, call.Number, $"complaint {complaint} is still open"));
            }
            else if (unbilled.Contains(call.Id))
            {
                heldBack.Add(new HeldBackRecord("Call", call.Id, call.Number, "its invoice request is not issued yet"));
            }
        }

        var held = heldBack.Select(h => h.Id).ToHashSet();
        var archived = calls.Where(c => !held.Contains(c.Id)).ToList();
        var archivedIds = archived.Select(c => c.Id).ToList();
        var cards = await db.RepairCards.AsNoTracking().Where(k => archivedIds.Contains(k.CallId))
            .Select(k => new { k.Id, k.Number, k.CallId, k.ClosedAt }).ToListAsync(cancellationToken);
        var receipts = await db.PickupReceipts.AsNoTracking().Where(r => archivedIds.Contains(r.CallId))
            .Select(r => new { r.Id, r.Number, r.CallId, r.IssuedAt, r.VoidedAt }).ToListAsync(cancellationToken);

        var now = clock.GetUtcNow();
        var closedOn = archived.ToDictionary(c => c.Id, c => unit.Calendar.LocalDate(c.ClosedAt));
        var records = archived.Select(c => new ArchivedRecord("Call", c.Id, c.Number, closedOn[c.Id]))
            .Concat(receipts.Select(r => new ArchivedRecord("PickupReceipt", r.Id, r.Number, unit.Calendar.LocalDate(r.VoidedAt ?? r.IssuedAt))))
            .Concat(cards.Select(k => new ArchivedRecord("RepairCard", k.Id, k.Number, k.ClosedAt is { } closed ? unit.Calendar.LocalDate(closed) : closedOn[k.CallId])))
            .ToList();
        var batch = ArchiveBatch.Make(Guid.CreateVersion7(now), unitId, command.UpTo, records, heldBack, user.StaffId, now);
        db.ArchiveBatches.Add(batch);

        var cardIds = cards.Select(k => k.Id).ToList();
        var receiptIds = receipts.Select(r => r.Id).ToList();
        await db.Calls.Where(c => archivedIds.Contains(c.Id)).ExecuteUpdateAsync(s => s.SetProperty(c => c.ArchivedIn, batch.Id), cancellationToken);
        await db.RepairCards.Where(k => cardIds.Contains(k.Id)).ExecuteUpdateAsync(s => s.SetProperty(k => k.ArchivedIn, batch.Id), cancellationToken);
        await db.PickupReceipts.Where(r => receiptIds.Contains(r.Id)).ExecuteUpdateAsync(s => s.SetProperty(r => r.ArchivedIn, batch.Id), cancellationToken);
        return ArchiveBatchDto.From(batch);
    }
}

public sealed class ArchiveRecordsValidator : AbstractValidator<ArchiveRecords>
{
    public ArchiveRecordsValidator()
    {
        RuleFor(c => c.UnitId).NotEmpty();
        RuleFor(c => c.UpTo).IsServiceDate();
    }
}
