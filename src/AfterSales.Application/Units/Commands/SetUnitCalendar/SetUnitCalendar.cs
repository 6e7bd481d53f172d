using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Scoping;
using Mediator;

namespace AfterSales.Application.Units.Commands.SetUnitCalendar;

/// <summary>Replaces a unit's working calendar. Deadlines already given keep the calendar they were counted by.</summary>
public sealed record SetUnitCalendar(Guid UnitId, CalendarDto Calendar) : ICommand<UnitDto>;

public sealed class SetUnitCalendarHandler(IApplicationDbContext db, IRequestContext request, UnitQuotes quotes) : ICommandHandler<SetUnitCalendar, UnitDto>
{
    public async ValueTask<UnitDto> Handle(SetUnitCalendar command, CancellationToken cancellationToken)
    {
        var unit = await db.Units.FindUnitForChangeAsync(command.UnitId, request, cancellationToken);
        unit.ReplaceCalendar(command.Calendar.ToCalendar());
        quotes.Forget(unit.Id);
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
