using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Calls.Commands.CorrectArrival;

/// <summary>
/// A3: the supervisor corrects a mistaken arrival time with a reason; R19 is judged again on it (and K1
/// counts the corrected time). The time first told stays readable in the call's corrections and history.
/// </summary>
public sealed record CorrectArrival(Guid CallId, DateTimeOffset ArrivedAt, string Reason) : ICommand<CallDto>, IIdempotentCommand;

public sealed class CorrectArrivalHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock)
    : ICommandHandler<CorrectArrival, CallDto>
{
    public async ValueTask<CallDto> Handle(CorrectArrival command, CancellationToken cancellationToken)
    {
        var call = await db.Calls.FindForChangeAsync(command.CallId, user, request, cancellationToken);
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == call.UnitId, cancellationToken);
        var now = clock.GetUtcNow();
        call.CorrectArrival(command.ArrivedAt, command.Reason.Trim(), user.StaffId, now, unit.DeadlineCalendar);
        return CallDto.From(call, now);
    }
}

public sealed class CorrectArrivalValidator : AbstractValidator<CorrectArrival>
{
    public CorrectArrivalValidator()
    {
        RuleFor(c => c.ArrivedAt).IsServiceInstant();
        RuleFor(c => c.Reason).IsCorrectionReason();
    }
}
