using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Scoping;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Archiving.Queries.GetArchiveBatch;

/// <summary>A1: an archive batch with its list (歸檔表): what was archived and what was held back, and why.</summary>
public sealed record GetArchiveBatch(Guid BatchId) : IQuery<ArchiveBatchDto>;

public sealed class GetArchiveBatchHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetArchiveBatch, ArchiveBatchDto>
{
    public async ValueTask<ArchiveBatchDto> Handle(GetArchiveBatch query, CancellationToken cancellationToken)
    {
        var batch = await db.ArchiveBatches.FindInScopeAsync(query.BatchId, user, cancellationToken);
        var entries = await db.ArchiveEntries.AsNoTracking().Where(e => e.BatchId == batch.Id).OrderBy(e => e.RecordId).ToListAsync(cancellationToken);
        return ArchiveBatchDto.From(batch, entries);
    }
}
