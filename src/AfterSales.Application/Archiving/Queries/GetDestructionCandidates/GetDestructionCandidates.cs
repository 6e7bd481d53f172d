using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Archiving;
using Mediator;

namespace AfterSales.Application.Archiving.Queries.GetDestructionCandidates;

/// <summary>
/// A2: a unit's archived records of a type that are past retention today and tied to no open complaint and
/// no unissued invoice request, oldest first (by id, which follows the order they were made).
/// </summary>
public sealed record GetDestructionCandidates(Guid UnitId, ArchivedRecordType Type, string? Cursor, int? Limit) : IQuery<Page<ArchivedRecordDto>>;

public sealed class GetDestructionCandidatesHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetDestructionCandidates, Page<ArchivedRecordDto>>
{
    public async ValueTask<Page<ArchivedRecordDto>> Handle(GetDestructionCandidates query, CancellationToken cancellationToken)
    {
        var unitId = user.ListUnit(query.UnitId) ?? query.UnitId;
        var keptFrom = await DestructionCandidates.KeptFromAsync(db, unitId, query.Type, clock.GetUtcNow(), cancellationToken);
        return await DestructionCandidates.Of(db, unitId, query.Type, keptFrom)
            .PageByIdAsync(e => e.RecordId, query.Cursor, query.Limit, ArchivedRecordDto.From, cancellationToken);
    }
}

public sealed class GetDestructionCandidatesValidator : AbstractValidator<GetDestructionCandidates>
{
    public GetDestructionCandidatesValidator()
    {
        RuleFor(q => q.UnitId).NotEmpty();
        RuleFor(q => q.Type).IsInEnum().Must(t => RetentionPeriod.Kept.Contains(t))
            .WithMessage("Receipts, repair cards and movement lines are destroyed with their call; ask for calls.");
        RuleFor(q => q.Limit).InclusiveBetween(1, Cursor.MaxLimit);
    }
}
