using AfterSales.Application.Common.Auditing;
using AfterSales.Application.Common.History;
using AfterSales.Application.Common.Idempotency;
using AfterSales.Domain.Billing;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Complaints;
using AfterSales.Domain.Contracts;
using AfterSales.Domain.Certificates;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Evaluations;
using AfterSales.Domain.Staff;
using AfterSales.Domain.Surveys;
using AfterSales.Domain.Units;
using AfterSales.Domain.Registers;
using AfterSales.Domain.Reports;
using AfterSales.Domain.RepairCards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace AfterSales.Application.Common.Interfaces;

/// <summary>The database as the use cases see it: the aggregates' sets and the unit of work.</summary>
public interface IApplicationDbContext
{
    DbSet<ServiceUnit> Units { get; }

    DbSet<StaffMember> Staff { get; }

    DbSet<Customer> Customers { get; }

    DbSet<ServiceCertificate> Certificates { get; }

    DbSet<MaintenanceContract> Contracts { get; }

    DbSet<ContractExpiryNotice> ContractExpiryNotices { get; }

    DbSet<RepairCall> Calls { get; }

    DbSet<PickupReceipt> PickupReceipts { get; }

    DbSet<ProductMovement> ProductMovements { get; }

    DbSet<RepairCard> RepairCards { get; }

    DbSet<ServiceHistoryEntry> ServiceHistory { get; }

    DbSet<Events.OutboxEvent> OutboxEvents { get; }

    DbSet<Events.Webhooks.WebhookSubscription> WebhookSubscriptions { get; }

    DbSet<InvoiceRequest> InvoiceRequests { get; }

    DbSet<CollectedCash> CollectedCash { get; }

    DbSet<CashHandover> CashHandovers { get; }

    DbSet<PartUsage> PartUsages { get; }

    DbSet<AdminWork> AdminWork { get; }

    DbSet<TechnicianDailyReport> TechnicianDailyReports { get; }

    DbSet<SentCallRegister> SentCallRegisters { get; }

    DbSet<SupervisorDailyReport> SupervisorDailyReports { get; }

    DbSet<SurveyCard> SurveyCards { get; }

    DbSet<Complaint> Complaints { get; }

    DbSet<AfterSales.Domain.Archiving.ArchiveBatch> ArchiveBatches { get; }

    DbSet<AfterSales.Domain.Archiving.ArchiveEntry> ArchiveEntries { get; }

    DbSet<AfterSales.Domain.Archiving.RetentionPeriod> RetentionPeriods { get; }

    DbSet<AfterSales.Domain.Archiving.DestructionRequest> DestructionRequests { get; }

    DbSet<EvaluationMonthClosure> EvaluationMonthClosures { get; }

    DbSet<EvaluationWeights> EvaluationWeights { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<Duties.DutyRun> DutyRuns { get; }

    DbSet<IdempotencyRecord> IdempotencyRecords { get; }

    DatabaseFacade Database { get; }

    Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker ChangeTracker { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>Without <paramref name="acceptAllChangesOnSuccess"/>, the saved entries keep their state: for the last save of a unit of work (UnitOfWork).</summary>
    Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken);

}
