using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Archiving;
using AfterSales.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Archiving.Commands.RequestDestruction;

/// <summary>
/// A2: an admin proposes destroying a unit's archived records of one type: the ones named, each of which
/// must be a candidate today, or, when none are named, every candidate today. The service department then
/// approves or leaves it.
/// </summary>
public sealed record RequestDestruction(Guid UnitId, ArchivedRecordType Type, IReadOnlyList<Guid>? RecordIds, string Reason) : ICommand<DestructionRequestDto>, IIdempotentCommand;

public sealed class RequestDestructionHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RequestDestruction, DestructionRequestDto>
{
    public async ValueTask<DestructionRequestDto> Handle(RequestDestruction command, CancellationToken cancellationToken)
    {
        var unitId = user.ListUnit(command.UnitId) ?? command.UnitId;
        var now = clock.GetUtcNow();
        var keptFrom = await DestructionCandidates.KeptFromAsync(db, unitId, command.Type, now, cancellationToken);
        var candidates = DestructionCandidates.Of(db, unitId, command.Type, keptFrom);
        List<Guid> ids;
        if (command.RecordIds is { } named)
        {
            var wanted = named.Distinct().ToList();
            var found = await candidates.Where(e => wanted.Contains(e.RecordId)).Select(e => e.RecordId).ToHashSetAsync(cancellationToken);
            BusinessRules.Check(new OnlyCandidatesAreDestroyedRule(wanted.Where(id => !found.Contains(id)).ToList()));
            ids = wanted;
        }
        else
        {
            ids = await candidates.OrderBy(e => e.RecordId).Select(e => e.RecordId).ToListAsync(cancellationToken);
        }

        var request = DestructionRequest.Request(Guid.CreateVersion7(now), unitId, command.Type, ids, command.Reason.Trim(), user.RequireStaffId(), now);
        db.DestructionRequests.Add(request);
        return DestructionRequestDto.From(request);
    }
}

public sealed class RequestDestructionValidator : AbstractValidator<RequestDestruction>
{
    public RequestDestructionValidator()
    {
        RuleFor(c => c.UnitId).NotEmpty();
        RuleFor(c => c.Type).IsInEnum().Must(t => RetentionPeriod.Kept.Contains(t))
            .WithMessage("Receipts, repair cards and movement lines are destroyed with their call; propose calls.");
        // Named records are at most the common list limit (MessageShape); a larger proposal names none and takes every candidate.
        RuleFor(c => c.RecordIds!).NotEmpty().When(c => c.RecordIds is not null);
        RuleForEach(c => c.RecordIds).NotEmpty();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(500);
    }
}
