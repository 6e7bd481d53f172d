using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Calls.Commands.RecordCustomerNotAtHome;

/// <summary>
/// R19: the technician sent came at <c>visitedAt</c> and found nobody at home. Not the service's breach:
/// the clock restarts from the new appointment the customer gives (<c>appointment</c>), and the missed
/// visit stays in the call's history. The call stays with the technician.
/// </summary>
public sealed record RecordCustomerNotAtHome(Guid CallId, DateTimeOffset VisitedAt, AppointmentDto Appointment) : ICommand<CallDto>, IIdempotentCommand;

public sealed class RecordCustomerNotAtHomeHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock, DeadlineSettings settings)
    : ICommandHandler<RecordCustomerNotAtHome, CallDto>
{
    public async ValueTask<CallDto> Handle(RecordCustomerNotAtHome command, CancellationToken cancellationToken)
    {
        var call = await db.Calls.FindForChangeAsync(command.CallId, user, request, cancellationToken);
        var technicianId = AssignedTechnician.Require(user, call);
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == call.UnitId, cancellationToken);
        var now = clock.GetUtcNow();
        call.RecordCustomerNotAtHome(technicianId, command.VisitedAt, now, command.Appointment.NotBefore, command.Appointment.Until, settings.AppointmentTravel, unit.Calendar, unit.DeadlineCalendar);
        return CallDto.From(call, now).WithTimeLeft(unit.DeadlineCalendar, now, settings.AtRiskWindow);
    }
}

public sealed class RecordCustomerNotAtHomeValidator : AbstractValidator<RecordCustomerNotAtHome>
{
    public RecordCustomerNotAtHomeValidator()
    {
        RuleFor(c => c.VisitedAt).IsServiceInstant();
        RuleFor(c => c.Appointment).NotNull().SetValidator(new AppointmentDtoValidator());
    }
}
