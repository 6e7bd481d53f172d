using AfterSales.Application.Events;
using AfterSales.Domain.Billing;
using AfterSales.Domain.Common;
using AfterSales.Domain.Complaints;
using AfterSales.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace AfterSales.Infrastructure.Persistence;

/// <summary>
/// The transactional outbox: the events a save tells of, added to the same save, so they commit or roll
/// back with the change. Written here, where every change passes, rather than by each command: a call's or
/// card's step is its history line (R8–R14, R19: registered, dispatched, arrived, deadline moved, inspection
/// failed, closed, …); an invoice request raised (R10, R13); a complaint received, triaged or closed and a
/// daily report's new state (R15–R17, R26) are read off the change tracker.
/// </summary>
internal static class Outbox
{
    public static void Write(AppDbContext db, IReadOnlyList<(Entity Owner, ServiceHistoryLine Line)> lines)
    {
        foreach (var (owner, line) in lines)
        {
            if (owner is IBelongsToUnit owned)
            {
                db.OutboxEvents.Add(OutboxEvent.Of(owned.UnitId, line.Kind.ToString(), line.CallId is null ? "Certificate" : "Call", line.CallId ?? line.CertificateId, line.At,
                    new { line.CallId, line.CertificateId, Step = owner.GetType().Name, line.ActorId, line.Note }));

                // R19: a breach is an event of its own, so a consumer need not read it out of the arrival's note.
                if (line.Kind == ServiceEventKind.Arrived && owner is Domain.Calls.RepairCall { DeadlineMet: false } late)
                {
                    db.OutboxEvents.Add(OutboxEvent.Of(owned.UnitId, "ArrivedLate", "Call", late.Id, line.At,
                        new { CallId = late.Id, late.Number, late.TechnicianId, late.DispatchDeadline, ArrivedAt = line.At, MissedByWorkingHours = late.DeadlineMissedBy?.TotalHours }));
                }
            }
        }

        foreach (var raised in db.ChangeTracker.Entries<InvoiceRequest>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList())
        {
            db.OutboxEvents.Add(OutboxEvent.Of(raised.UnitId, "InvoiceRequestRaised", nameof(InvoiceRequest), raised.Id, raised.RaisedAt,
                new { InvoiceRequestId = raised.Id, raised.Kind, raised.CallId, raised.ContractId, Total = new { raised.Total.Amount, raised.Total.Currency } }));
        }

        foreach (var sent in db.ChangeTracker.Entries<Domain.Registers.SentCallRegister>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList())
        {
            db.OutboxEvents.Add(OutboxEvent.Of(sent.UnitId, "CallRegisterSent", nameof(Domain.Registers.SentCallRegister), sent.Id, sent.SentAt,
                new { RegisterId = sent.Id, sent.Date, sent.SentBy, Calls = sent.Calls.Count }));
        }

        foreach (var complaint in StatusChanges<Complaint>(db))
        {
            var type = complaint.Entity.Status switch
            {
                ComplaintStatus.Received => "ComplaintReceived",
                ComplaintStatus.Closed => "ComplaintClosed",
                _ => "ComplaintTriaged",
            };
            db.OutboxEvents.Add(OutboxEvent.Of(complaint.Entity.UnitId, type, nameof(Complaint), complaint.Entity.Id, complaint.At,
                new { ComplaintId = complaint.Entity.Id, complaint.Entity.Number, complaint.Entity.Severity, complaint.Entity.Status, complaint.Entity.CallId }));
        }

        foreach (var report in StatusChanges<TechnicianDailyReport>(db))
        {
            db.OutboxEvents.Add(OutboxEvent.Of(report.Entity.UnitId, $"TechnicianDailyReport{report.Entity.Status}", nameof(TechnicianDailyReport), report.Entity.Id, report.At,
                new { ReportId = report.Entity.Id, report.Entity.TechnicianId, report.Entity.Date }));
        }

        foreach (var report in StatusChanges<SupervisorDailyReport>(db))
        {
            db.OutboxEvents.Add(OutboxEvent.Of(report.Entity.UnitId, $"SupervisorDailyReport{report.Entity.Status}", nameof(SupervisorDailyReport), report.Entity.Id, report.At,
                new { ReportId = report.Entity.Id, report.Entity.Date, report.Entity.AwaitsSignOff }));
        }
    }

    /// <summary>The application's clock, through EF's fallback to the application's services; the system's for a context made outside the API (the data generator).</summary>
    private static TimeProvider Clock(AppDbContext db)
    {
        try
        {
            return db.GetService<TimeProvider>();
        }
        catch (InvalidOperationException)
        {
            return TimeProvider.System;
        }
    }

    /// <summary>Records added, or whose status (or severity) changed, with the time of the save on the API's clock.</summary>
    private static List<(T Entity, DateTimeOffset At)> StatusChanges<T>(AppDbContext db)
        where T : class
    {
        var at = Clock(db).GetUtcNow();
        return db.ChangeTracker.Entries<T>()
            .Where(e => e.State == EntityState.Added
                || (e.State == EntityState.Modified && e.Properties.Any(p => p.IsModified && p.Metadata.Name is "Status" or "Severity")))
            .Select(e => (e.Entity, at))
            .ToList();
    }
}
