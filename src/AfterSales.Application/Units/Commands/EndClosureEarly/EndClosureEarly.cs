using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Application.Units.Closures;
using AfterSales.Domain.Units;
using Mediator;

namespace AfterSales.Application.Units.Commands.EndClosureEarly;

/// <summary>
/// The closure is lifted at <c>at</c>, before its planned end: the unit works again from then on, and the
/// waiting calls' deadlines are counted again with the shorter closure (R19).
/// </summary>
public sealed record EndClosureEarly(Guid UnitId, Guid ClosureId, DateTimeOffset At) : ICommand<ClosureChangeDto>, IIdempotentCommand;

public sealed class EndClosureEarlyHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock, UnitQuotes quotes)
    : ICommandHandler<EndClosureEarly, ClosureChangeDto>
{
    public async ValueTask<ClosureChangeDto> Handle(EndClosureEarly command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var unit = await ClosureLookup.FindAsync(db, user, request, command.UnitId, command.ClosureId, cancellationToken);
        var closure = unit.EndClosureEarly(command.ClosureId, command.At, user.StaffId);
        return await ClosureEffects.ApplyAsync(db, quotes, unit, closure, now, user.StaffId, cancellationToken);
    }
}

public sealed class EndClosureEarlyValidator : AbstractValidator<EndClosureEarly>
{
    public EndClosureEarlyValidator()
    {
        RuleFor(c => c.At).IsServiceInstant();
    }
}

/// <summary>A unit in the caller's scope that has this closure, at the version If-Match names; anything else is a 404.</summary>
internal static class ClosureLookup
{
    public static async Task<ServiceUnit> FindAsync(IApplicationDbContext db, ICurrentUser user, IRequestContext request, Guid unitId, Guid closureId, CancellationToken cancellationToken)
    {
        var unit = await db.Units.FindUnitInScopeForChangeAsync(unitId, user, request, cancellationToken);
        return unit.Closures.Any(c => c.Id == closureId) ? unit : throw new NotFoundException("Closure", closureId);
    }
}
