using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Scoping;
using Mediator;

namespace AfterSales.Application.Archiving.Queries.GetArchiveBatch;

/// <summary>A1: an archive batch with its list (歸檔表): what was archived and what was held back, and why.</summary>
public sealed record GetArchiveBatch(Guid BatchId) : IQuery<ArchiveBatchDto>;

public sealed class GetArchiveBatchHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetArchiveBatch, ArchiveBatchDto>
{
    public async ValueTask<ArchiveBatchDto> Handle(GetArchiveBatch query, CancellationToken cancellationToken) =>
        ArchiveBatchDto.From(await db.ArchiveBatches.FindInScopeAsync(query.BatchId, user, cancellationToken));
}
