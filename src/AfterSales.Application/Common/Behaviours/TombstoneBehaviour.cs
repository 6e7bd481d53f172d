using AfterSales.Application.Archiving;
using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Archiving;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Common.Behaviours;

/// <summary>
/// A2: a record destroyed after its retention answers 410 with its tombstone, by whatever route it is
/// looked up (by id or by number, read or command), instead of the 404 of a record that never was. Only
/// a miss pays for the look-up; a record of a unit the caller may not see stays a 404.
/// </summary>
public sealed class TombstoneBehaviour<TMessage, TResponse>(IApplicationDbContext db, ICurrentUser user) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        try
        {
            return await next(message, cancellationToken);
        }
        catch (NotFoundException notFound)
        {
            var tombstone = await FindAsync(notFound, cancellationToken);
            if (tombstone is not null && user.CanAccessUnit(tombstone.UnitId))
            {
                throw new GoneException(ArchivedRecordDto.From(tombstone));
            }

            throw;
        }
    }

    private Task<ArchiveEntry?> FindAsync(NotFoundException notFound, CancellationToken cancellationToken)
    {
        var destroyed = db.ArchiveEntries.AsNoTracking().Where(e => e.DestroyedBy != null);
        return notFound.Key switch
        {
            Guid id => destroyed.SingleOrDefaultAsync(e => e.RecordId == id, cancellationToken),
            string number when TypeOf(notFound.Entity) is { } type => destroyed.FirstOrDefaultAsync(e => e.Type == type && e.Number == number, cancellationToken),
            _ => Task.FromResult<ArchiveEntry?>(null),
        };
    }

    private static ArchivedRecordType? TypeOf(string entity) =>
        entity == nameof(Domain.Calls.RepairCall) ? ArchivedRecordType.Call
        : Enum.TryParse<ArchivedRecordType>(entity, out var type) ? type
        : null;
}
