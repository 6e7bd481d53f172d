using AfterSales.Application.Common.Auditing;
using AfterSales.Application.Common.Idempotency;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.StaffMembers;
using AfterSales.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Infrastructure.Persistence;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options), IApplicationDbContext
{
    public DbSet<ServiceUnit> Units => Set<ServiceUnit>();

    public DbSet<StaffMember> Staff => Set<StaffMember>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public void ExpectVersion<TEntity>(TEntity entity, uint version)
        where TEntity : class =>
        Entry(entity).Property("Version").OriginalValue = version;

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
}
