using AfterSales.Application.Common.Auditing;
using AfterSales.Application.Common.Idempotency;
using AfterSales.Domain.StaffMembers;
using AfterSales.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace AfterSales.Application.Common.Interfaces;

/// <summary>The database as the use cases see it: the aggregates' sets and the unit of work.</summary>
public interface IApplicationDbContext
{
    DbSet<ServiceUnit> Units { get; }

    DbSet<StaffMember> Staff { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<IdempotencyRecord> IdempotencyRecords { get; }

    DatabaseFacade Database { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>Makes the next save fail with a concurrency conflict unless the row still has this version.</summary>
    void ExpectVersion<TEntity>(TEntity entity, uint version)
        where TEntity : class;
}
