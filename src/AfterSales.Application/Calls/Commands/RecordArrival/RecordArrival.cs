using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Calls.Commands.RecordArrival;

/// <summary>R19: the technician is on site; the answer says whether the deadline was met, and by how much it was missed.</summary>
public sealed record RecordArrival(Guid CallId, DateTimeOffset ArrivedAt) : ICommand<CallDto>, IIdempotentCommand;

public sealed class RecordArrivalHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock)
    : ICommandHandler<RecordArrival, CallDto>
{
    public async ValueTask<CallDto> Handle(RecordArrival command, CancellationToken cancellationToken)
    {
        var call = await db.Calls.FindForChangeAsync(command.CallId, user, request, cancellationToken);
        var technicianId = AssignedTechnician.Require(user, call);
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == call.UnitId, cancellationToken);
        var now = clock.GetUtcNow();
        call.RecordArrival(technicianId, command.ArrivedAt, now, unit.DeadlineCalendar);
        return CallDto.From(call, now);
    }
}

public sealed class RecordArrivalValidator : AbstractValidator<RecordArrival>
{
    public RecordArrivalValidator()
    {
        RuleFor(c => c.ArrivedAt).IsServiceInstant();
    }
}
