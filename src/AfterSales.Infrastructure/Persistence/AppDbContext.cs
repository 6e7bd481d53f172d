using AfterSales.Domain.Archiving;
using AfterSales.Application.Common.Auditing;
using AfterSales.Application.Common.History;
using AfterSales.Application.Common.Idempotency;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Billing;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Common;
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

namespace AfterSales.Infrastructure.Persistence;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options), IApplicationDbContext
{
    public DbSet<ServiceUnit> Units => Set<ServiceUnit>();

    public DbSet<StaffMember> Staff => Set<StaffMember>();

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<ServiceCertificate> Certificates => Set<ServiceCertificate>();

    public DbSet<MaintenanceContract> Contracts => Set<MaintenanceContract>();

    public DbSet<ContractExpiryNotice> ContractExpiryNotices => Set<ContractExpiryNotice>();

    public DbSet<RepairCall> Calls => Set<RepairCall>();

    public DbSet<PickupReceipt> PickupReceipts => Set<PickupReceipt>();

    public DbSet<ProductMovement> ProductMovements => Set<ProductMovement>();

    public DbSet<RepairCard> RepairCards => Set<RepairCard>();

    public DbSet<ServiceHistoryEntry> ServiceHistory => Set<ServiceHistoryEntry>();

    public DbSet<Application.Events.OutboxEvent> OutboxEvents => Set<Application.Events.OutboxEvent>();

    public DbSet<Application.Events.Webhooks.WebhookSubscription> WebhookSubscriptions => Set<Application.Events.Webhooks.WebhookSubscription>();

    public DbSet<InvoiceRequest> InvoiceRequests => Set<InvoiceRequest>();

    public DbSet<CollectedCash> CollectedCash => Set<CollectedCash>();

    public DbSet<CashHandover> CashHandovers => Set<CashHandover>();

    public DbSet<PartUsage> PartUsages => Set<PartUsage>();

    public DbSet<AdminWork> AdminWork => Set<AdminWork>();

    public DbSet<TechnicianDailyReport> TechnicianDailyReports => Set<TechnicianDailyReport>();

    public DbSet<SentCallRegister> SentCallRegisters => Set<SentCallRegister>();

    public DbSet<SupervisorDailyReport> SupervisorDailyReports => Set<SupervisorDailyReport>();

    public DbSet<SurveyCard> SurveyCards => Set<SurveyCard>();

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<ArchiveBatch> ArchiveBatches => Set<ArchiveBatch>();

    public DbSet<ArchiveEntry> ArchiveEntries => Set<ArchiveEntry>();

    public DbSet<RetentionPeriod> RetentionPeriods => Set<RetentionPeriod>();

    public DbSet<DestructionRequest> DestructionRequests => Set<DestructionRequest>();

    public DbSet<EvaluationMonthClosure> EvaluationMonthClosures => Set<EvaluationMonthClosure>();

    public DbSet<EvaluationWeights> EvaluationWeights => Set<EvaluationWeights>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Application.Duties.DutyRun> DutyRuns => Set<Application.Duties.DutyRun>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    /// <summary>Saves the history lines the aggregates recorded together with the change that made them.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // Changes are detected once, here: every Entries() below (the archive guard, the history, the
        // outbox's several passes) and the save itself would otherwise scan every tracked record again.
        ChangeTracker.DetectChanges();
        var detecting = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return await SaveDetectedAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    private async Task<int> SaveDetectedAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        RefuseChangesToArchivedRecords();
        var recorded = ChangeTracker.Entries<Entity>().Select(e => e.Entity).Where(e => e.PendingHistory.Count > 0).ToList();
        var lines = recorded.SelectMany(e => e.PendingHistory.Select(line => (Owner: e, Line: line))).OrderBy(l => l.Line.RecordedOrder).ToList();
        recorded.ForEach(e => e.ClearPendingHistory());
        Outbox.Write(this, lines);
        foreach (var (_, line) in lines)
        {
            // Added one by one, in order: the identity column numbers them as they happened.
            ServiceHistory.Add(new ServiceHistoryEntry
            {
                CertificateId = line.CertificateId,
                CallId = line.CallId,
                At = line.At,
                Kind = line.Kind,
                ActorId = line.ActorId,
                Note = line.Note,
            });
        }

        // A command's last save that only adds rows is one batch built from the model (AddedRowsBatch); its entries stay
        // added, with their generated values, as EF Core leaves them when it is not asked to accept them.
        if (!acceptAllChangesOnSuccess && Database.CurrentTransaction is not null && AddedRowsBatch.Collect(ChangeTracker) is { } rows)
        {
            return await AddedRowsBatch.InsertAsync(Database, rows, cancellationToken);
        }

        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// PostgreSQL's timestamptz takes UTC only; instants arrive in any offset (a unit's local time,
    /// a client's), so they are stored as the same instant in UTC.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
    }

    internal sealed class UtcInstantConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, DateTimeOffset>(
        value => value.ToUniversalTime(),
        value => value);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Pending history lines are saved as ServiceHistoryEntry rows, not mapped from the aggregates.
        modelBuilder.Ignore<ServiceHistoryLine>();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    /// <summary>
    /// A1: an archived record refuses every command, whichever command it is and however it loaded the
    /// record: a change to a row archived when it was read is refused here, in the one place every change
    /// passes (409 <c>RecordIsArchived</c>). Archiving itself sets the mark with a set-based update, not here.
    /// </summary>
    private void RefuseChangesToArchivedRecords()
    {
        foreach (var entry in ChangeTracker.Entries<IArchivable>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted
                && entry.Property(nameof(IArchivable.ArchivedIn)).OriginalValue is not null)
            {
                throw new BusinessRuleViolationException(new RecordIsArchivedRule());
            }
        }
    }
}
