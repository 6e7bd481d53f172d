using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Application.Units.Closures;
using AfterSales.Domain.Units;
using Mediator;

namespace AfterSales.Application.Units.Commands.DeclareClosure;

/// <summary>
/// 停班停課: the units close from <c>from</c> to <c>to</c> (a typhoon day, a power cut), which may have begun
/// earlier today. Their working time inside it does not count: every call still waiting for a technician
/// gets its dispatch deadline moved by exactly the closed working time (R19), the old deadline and the
/// closure kept on the call and in its history. A call registered during the closure counts from its end.
/// </summary>
public sealed record DeclareClosure(IReadOnlyList<Guid> UnitIds, DateTimeOffset From, DateTimeOffset To, ClosureReason Reason, string? Note)
    : ICommand<IReadOnlyList<ClosureChangeDto>>, IIdempotentCommand;

public sealed class DeclareClosureHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock, UnitQuotes quotes)
    : ICommandHandler<DeclareClosure, IReadOnlyList<ClosureChangeDto>>
{
    public async ValueTask<IReadOnlyList<ClosureChangeDto>> Handle(DeclareClosure command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var changes = new List<ClosureChangeDto>();
        var unitIds = command.UnitIds.Distinct().ToList();
        foreach (var unitId in unitIds)
        {
            // If-Match names one unit's version, so it applies when one unit is closed.
            var unit = await db.Units.FindUnitInScopeForChangeAsync(unitId, user, unitIds.Count == 1 ? request : null, cancellationToken);

            var closure = unit.DeclareClosure(Guid.CreateVersion7(now), command.From, command.To, command.Reason, command.Note?.Trim(), user.StaffId, now);
            changes.Add(await ClosureEffects.ApplyAsync(db, quotes, unit, closure, now, user.StaffId, cancellationToken));
        }

        return changes;
    }
}

public sealed class DeclareClosureValidator : AbstractValidator<DeclareClosure>
{
    public DeclareClosureValidator()
    {
        RuleFor(c => c.UnitIds).NotEmpty();
        RuleForEach(c => c.UnitIds).NotEmpty();
        RuleFor(c => c.From).IsServiceInstant();
        RuleFor(c => c.To).IsServiceInstant().GreaterThan(c => c.From);
        RuleFor(c => c.Reason).IsInEnum();
        RuleFor(c => c.Note).MaximumLength(500);
    }
}
