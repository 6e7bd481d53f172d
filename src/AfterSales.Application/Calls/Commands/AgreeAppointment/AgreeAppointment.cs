using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Calls.Commands.AgreeAppointment;

/// <summary>
/// R19 with a customer appointment: the customer asks for a visit not before an instant, or within a
/// window. The dispatch deadline becomes the later of R19 from the call and the window's start plus the
/// unit's travel allowance (<c>Deadlines__AppointmentWorkingHours</c>), and K1 judges the call on it.
/// Asked again, the new appointment replaces the old; each one stays in the history.
/// </summary>
public sealed record AgreeAppointment(Guid CallId, DateTimeOffset NotBefore, DateTimeOffset? Until) : ICommand<CallDto>, IIdempotentCommand;

public sealed class AgreeAppointmentHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock, DeadlineSettings settings)
    : ICommandHandler<AgreeAppointment, CallDto>
{
    public async ValueTask<CallDto> Handle(AgreeAppointment command, CancellationToken cancellationToken)
    {
        var call = await db.Calls.FindForChangeAsync(command.CallId, user, request, cancellationToken);
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == call.UnitId, cancellationToken);
        var now = clock.GetUtcNow();
        call.AgreeAppointment(command.NotBefore, command.Until, settings.AppointmentTravel, unit.Calendar, unit.DeadlineCalendar, now, user.StaffId);
        return CallDto.From(call, now).WithTimeLeft(unit.DeadlineCalendar, now, settings.AtRiskWindow);
    }
}

public sealed class AgreeAppointmentValidator : AbstractValidator<AgreeAppointment>
{
    public AgreeAppointmentValidator()
    {
        RuleFor(c => c.NotBefore).IsServiceInstant();
        RuleFor(c => c.Until!.Value).IsServiceInstant().GreaterThan(c => c.NotBefore).OverridePropertyName("until").When(c => c.Until is not null);
    }
}
