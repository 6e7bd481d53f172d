using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Units.Closures;
using AfterSales.Application.Units.Commands.EndClosureEarly;
using Mediator;

namespace AfterSales.Application.Units.Commands.CancelClosure;

/// <summary>
/// A closure declared by mistake is cancelled, with the reason: it never closed anything, and the
/// deadlines it moved go back to what they were (R19). The closure stays in the unit's list, marked.
/// </summary>
public sealed record CancelClosure(Guid UnitId, Guid ClosureId, string Reason) : ICommand<ClosureChangeDto>, IIdempotentCommand;

public sealed class CancelClosureHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock, UnitQuotes quotes)
    : ICommandHandler<CancelClosure, ClosureChangeDto>
{
    public async ValueTask<ClosureChangeDto> Handle(CancelClosure command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var unit = await ClosureLookup.FindAsync(db, user, request, command.UnitId, command.ClosureId, cancellationToken);
        var closure = unit.CancelClosure(command.ClosureId, command.Reason.Trim(), user.StaffId, now);
        return await ClosureEffects.ApplyAsync(db, quotes, unit, closure, now, user.StaffId, cancellationToken);
    }
}

public sealed class CancelClosureValidator : AbstractValidator<CancelClosure>
{
    public CancelClosureValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(500);
    }
}
