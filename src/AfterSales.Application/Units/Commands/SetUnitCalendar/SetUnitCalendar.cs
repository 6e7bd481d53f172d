using AfterSales.Application.Common.Auditing;
using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Units;
using Mediator;

namespace AfterSales.Application.Units.Commands.SetUnitCalendar;

/// <summary>Replaces a unit's working calendar. Deadlines already given keep the calendar they were counted by.</summary>
public sealed record SetUnitCalendar(Guid UnitId, CalendarDto Calendar, uint? ExpectedVersion) : ICommand<UnitDto>;

public sealed class SetUnitCalendarHandler(IApplicationDbContext db, AuditScope audit) : ICommandHandler<SetUnitCalendar, UnitDto>
{
    public async ValueTask<UnitDto> Handle(SetUnitCalendar command, CancellationToken cancellationToken)
    {
        var unit = await db.Units.FindAsync([command.UnitId], cancellationToken)
            ?? throw new NotFoundException(nameof(ServiceUnit), command.UnitId);
        db.Units.ExpectVersion(unit, command.ExpectedVersion);

        unit.ReplaceCalendar(command.Calendar.ToCalendar());
        audit.Touched(nameof(ServiceUnit), unit.Id);
        await db.SaveChangesAsync(cancellationToken);
        return UnitDto.From(unit);
    }
}

public sealed class SetUnitCalendarValidator : FluentValidation.AbstractValidator<SetUnitCalendar>
{
    public SetUnitCalendarValidator()
    {
        RuleFor(c => c.Calendar).NotNull().SetValidator(new CalendarDtoValidator());
    }
}
