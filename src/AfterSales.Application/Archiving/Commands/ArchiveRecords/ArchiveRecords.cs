using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Application.Surveys;
using AfterSales.Domain.Archiving;
using AfterSales.Domain.Calendars;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Complaints;
using AfterSales.Domain.Reports;
using AfterSales.Domain.Surveys;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Archiving.Commands.ArchiveRecords;

/// <summary>
/// A1: hands a unit's records closed on or before a local date to the archive and makes the archive list
/// (歸檔表): calls closed or cancelled, each with its pickup receipt, repair card and movement lines;
/// technician daily reports reviewed (006) and unit daily reports checked (007); survey cards answered,
/// undeliverable or expired; complaints closed; contract expiry notices with an outcome. A record that
/// something still open refers to (an open complaint, an unissued invoice request) is held back, and the
/// list says why. One command, one transaction, whatever the number of records: the marks are set with
/// one statement per table.
/// </summary>
public sealed record ArchiveRecords(Guid UnitId, DateOnly UpTo) : ICommand<ArchiveBatchDto>, IIdempotentCommand;

public sealed class ArchiveRecordsHandler(IApplicationDbContext db, ICurrentUser user, SurveySettings surveys, TimeProvider clock) : ICommandHandler<ArchiveRecords, ArchiveBatchDto>
{
    public async ValueTask<ArchiveBatchDto> Handle(ArchiveRecords command, CancellationToken cancellationToken)
    {
        var unitId = user.ListUnit(command.UnitId) ?? command.UnitId;
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken)
            ?? throw new Common.Exceptions.NotFoundException(nameof(Domain.Units.ServiceUnit), unitId);
        var now = clock.GetUtcNow();
        var batchId = Guid.CreateVersion7(now);
        var gathered = new Gathered(batchId, unitId, unit.Calendar, unit.Calendar.StartOfDay(command.UpTo.AddDays(1)).ToUniversalTime());

        await GatherCallsAsync(gathered, cancellationToken);
        await GatherDailyReportsAsync(gathered, command.UpTo, cancellationToken);
        await GatherSurveyCardsAsync(gathered, command.UpTo, now, cancellationToken);
        await GatherComplaintsAsync(gathered, cancellationToken);
        await GatherNoticesAsync(gathered, cancellationToken);

        var batch = ArchiveBatch.Make(batchId, unitId, command.UpTo, gathered.HeldBack, user.StaffId, now);
        db.ArchiveBatches.Add(batch);
        db.ArchiveEntries.AddRange(gathered.Entries);
        await MarkAsync(db.Calls, gathered.Ids(ArchivedRecordType.Call), batchId, cancellationToken);
        await MarkAsync(db.PickupReceipts, gathered.Ids(ArchivedRecordType.PickupReceipt), batchId, cancellationToken);
        await MarkAsync(db.RepairCards, gathered.Ids(ArchivedRecordType.RepairCard), batchId, cancellationToken);
        await MarkAsync(db.ProductMovements, gathered.Ids(ArchivedRecordType.ProductMovement), batchId, cancellationToken);
        await MarkAsync(db.TechnicianDailyReports, gathered.Ids(ArchivedRecordType.TechnicianDailyReport), batchId, cancellationToken);
        await MarkAsync(db.SupervisorDailyReports, gathered.Ids(ArchivedRecordType.SupervisorDailyReport), batchId, cancellationToken);
        await MarkAsync(db.SurveyCards, gathered.Ids(ArchivedRecordType.SurveyCard), batchId, cancellationToken);
        await MarkAsync(db.Complaints, gathered.Ids(ArchivedRecordType.Complaint), batchId, cancellationToken);
        await MarkAsync(db.ContractExpiryNotices, gathered.Ids(ArchivedRecordType.ContractExpiryNotice), batchId, cancellationToken);
        return ArchiveBatchDto.From(batch, gathered.Entries);
    }

    /// <summary>Calls closed or cancelled before the end of the day, on (unit_id, closed_at), with what goes with them.</summary>
    private async Task GatherCallsAsync(Gathered gathered, CancellationToken cancellationToken)
    {
        var calls = await db.Calls.AsNoTracking()
            .Where(c => c.UnitId == gathered.UnitId && c.ClosedAt < gathered.End && c.ArchivedIn == null && (c.Status == CallStatus.Closed || c.Status == CallStatus.Cancelled))
            .Select(c => new { c.Id, c.Number, ClosedAt = c.ClosedAt!.Value })
            .ToListAsync(cancellationToken);
        var ties = await OpenTies.OfAsync(db, calls.Select(c => c.Id).ToList(), cancellationToken);

        var archived = new Dictionary<Guid, DateOnly>();
        foreach (var call in calls)
        {
            if (ties.TryGetValue(call.Id, out var tie))
            {
                gathered.Hold(ArchivedRecordType.Call, call.Id, call.Number, tie);
            }
            else
            {
                var closedOn = gathered.Calendar.LocalDate(call.ClosedAt);
                archived[call.Id] = closedOn;
                gathered.Archive(ArchivedRecordType.Call, call.Id, call.Number, closedOn);
            }
        }

        var archivedIds = archived.Keys.ToList();
        var receipts = await db.PickupReceipts.AsNoTracking().Where(r => archivedIds.Contains(r.CallId))
            .Select(r => new { r.Id, r.Number, r.CallId, r.IssuedAt, r.VoidedAt }).ToListAsync(cancellationToken);
        var cards = await db.RepairCards.AsNoTracking().Where(k => archivedIds.Contains(k.CallId))
            .Select(k => new { k.Id, k.Number, k.CallId, k.ClosedAt }).ToListAsync(cancellationToken);
        var movements = await db.ProductMovements.AsNoTracking().Where(m => archivedIds.Contains(m.CallId))
            .OrderBy(m => m.Sequence)
            .Select(m => new { m.Id, m.ReceiptNumber, m.Direction, m.CallId, m.LocalDate }).ToListAsync(cancellationToken);
        foreach (var r in receipts)
        {
            gathered.Archive(ArchivedRecordType.PickupReceipt, r.Id, r.Number, gathered.Calendar.LocalDate(r.VoidedAt ?? r.IssuedAt), r.CallId);
        }

        foreach (var k in cards)
        {
            gathered.Archive(ArchivedRecordType.RepairCard, k.Id, k.Number, k.ClosedAt is { } closed ? gathered.Calendar.LocalDate(closed) : archived[k.CallId], k.CallId);
        }

        foreach (var m in movements)
        {
            gathered.Archive(ArchivedRecordType.ProductMovement, m.Id, $"{m.ReceiptNumber} {m.Direction}", m.LocalDate, m.CallId);
        }
    }

    /// <summary>006 once reviewed and 007 once checked (the end of their chains), closed by that last step.</summary>
    private async Task GatherDailyReportsAsync(Gathered gathered, DateOnly upTo, CancellationToken cancellationToken)
    {
        var technicianReports = await db.TechnicianDailyReports.AsNoTracking()
            .Where(r => r.UnitId == gathered.UnitId && r.Date <= upTo && r.ArchivedIn == null && r.Status == TechnicianDailyReportStatus.Reviewed)
            .ToListAsync(cancellationToken);
        var technicianIds = technicianReports.Select(r => r.TechnicianId).Distinct().ToList();
        var names = await db.Staff.AsNoTracking().Where(s => technicianIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        foreach (var report in technicianReports.Where(r => r.Events[^1].At < gathered.End))
        {
            gathered.Archive(ArchivedRecordType.TechnicianDailyReport, report.Id, $"{report.Date:yyyy-MM-dd} {names[report.TechnicianId]}", gathered.Calendar.LocalDate(report.Events[^1].At), report.TechnicianId);
        }

        var unitReports = await db.SupervisorDailyReports.AsNoTracking()
            .Where(r => r.UnitId == gathered.UnitId && r.Date <= upTo && r.ArchivedIn == null && r.Status == SupervisorDailyReportStatus.Checked)
            .ToListAsync(cancellationToken);
        foreach (var report in unitReports.Where(r => r.Steps[^1].At < gathered.End))
        {
            gathered.Archive(ArchivedRecordType.SupervisorDailyReport, report.Id, $"{report.Date:yyyy-MM-dd}", gathered.Calendar.LocalDate(report.Steps[^1].At));
        }
    }

    /// <summary>
    /// Finished cards: answered (closed when the answer came), undeliverable (when it was sent), or sent and
    /// never answered (when the days for an answer ran out). A card whose complaint is open is held back.
    /// </summary>
    private async Task GatherSurveyCardsAsync(Gathered gathered, DateOnly upTo, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cards = await db.SurveyCards.AsNoTracking()
            .Where(c => c.UnitId == gathered.UnitId && c.RegisterDate <= upTo && c.ArchivedIn == null && c.Status != SurveyCardStatus.Generated)
            .ToListAsync(cancellationToken);
        var ties = await OpenTies.OfAsync(db, cards.Select(c => c.Id).ToList(), cancellationToken);
        foreach (var card in cards)
        {
            DateTimeOffset? closedAt = card.Status switch
            {
                SurveyCardStatus.Returned => card.Response!.ReceivedAt,
                SurveyCardStatus.Undeliverable => card.SentAt,
                _ when card.IsExpiredAt(now, surveys.ResponseDays) => card.SentAt!.Value.AddDays(surveys.ResponseDays),
                _ => null,
            };
            if (closedAt is not { } closed || closed >= gathered.End)
            {
                continue;
            }

            if (ties.TryGetValue(card.Id, out var tie))
            {
                gathered.Hold(ArchivedRecordType.SurveyCard, card.Id, card.CallNumber, tie);
            }
            else
            {
                gathered.Archive(ArchivedRecordType.SurveyCard, card.Id, card.CallNumber, gathered.Calendar.LocalDate(closed));
            }
        }
    }

    private async Task GatherComplaintsAsync(Gathered gathered, CancellationToken cancellationToken)
    {
        var complaints = await db.Complaints.AsNoTracking()
            .Where(c => c.UnitId == gathered.UnitId && c.ReceivedAt < gathered.End && c.ArchivedIn == null && c.Status == ComplaintStatus.Closed)
            .ToListAsync(cancellationToken);
        foreach (var complaint in complaints.Where(c => c.Finding!.ClosedAt < gathered.End))
        {
            gathered.Archive(ArchivedRecordType.Complaint, complaint.Id, complaint.Number, gathered.Calendar.LocalDate(complaint.Finding!.ClosedAt));
        }
    }

    private async Task GatherNoticesAsync(Gathered gathered, CancellationToken cancellationToken)
    {
        var notices = await db.ContractExpiryNotices.AsNoTracking()
            .Where(n => n.UnitId == gathered.UnitId && n.OutcomeAt < gathered.End && n.ArchivedIn == null && n.Outcome != null)
            .Select(n => new { n.Id, n.ContractNumber, n.TermNumber, OutcomeAt = n.OutcomeAt!.Value })
            .ToListAsync(cancellationToken);
        foreach (var notice in notices)
        {
            gathered.Archive(ArchivedRecordType.ContractExpiryNotice, notice.Id, $"{notice.ContractNumber}/{notice.TermNumber}", gathered.Calendar.LocalDate(notice.OutcomeAt));
        }
    }

    private static Task MarkAsync<T>(DbSet<T> set, List<Guid> ids, Guid batchId, CancellationToken cancellationToken)
        where T : class, Domain.Common.IArchivable =>
        ids.Count == 0
            ? Task.CompletedTask
            : set.Where(r => ids.Contains(EF.Property<Guid>(r, "Id"))).ExecuteUpdateAsync(s => s.SetProperty(r => EF.Property<Guid?>(r, nameof(Domain.Common.IArchivable.ArchivedIn)), batchId), cancellationToken);

    /// <summary>What a batch gathers: the archive's new lines and the records held back.</summary>
    private sealed class Gathered(Guid batchId, Guid unitId, WorkingCalendar calendar, DateTimeOffset end)
    {
        public Guid UnitId => unitId;

        public WorkingCalendar Calendar => calendar;

        /// <summary>The start of the day after the batch's date: records closed before it are gathered.</summary>
        public DateTimeOffset End => end;

        public List<ArchiveEntry> Entries { get; } = [];

        public List<HeldBackRecord> HeldBack { get; } = [];

        public void Archive(ArchivedRecordType type, Guid id, string number, DateOnly closedOn, Guid? parentId = null) =>
            Entries.Add(ArchiveEntry.Archive(batchId, unitId, type, id, number, closedOn, parentId));

        public void Hold(ArchivedRecordType type, Guid id, string number, string reason) =>
            HeldBack.Add(new HeldBackRecord(type, id, number, reason));

        public List<Guid> Ids(ArchivedRecordType type) => Entries.Where(e => e.Type == type).Select(e => e.RecordId).ToList();
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
