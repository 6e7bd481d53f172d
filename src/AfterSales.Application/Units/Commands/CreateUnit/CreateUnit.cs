using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Domain.Units;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Units.Commands.CreateUnit;

/// <summary>Opens a service center or branch. Without a calendar it gets Taipei office hours.</summary>
public sealed record CreateUnit(string Name, string Code, UnitKind Kind, CalendarDto? Calendar) : ICommand<UnitDto>, IIdempotentCommand;

public sealed class CreateUnitHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<CreateUnit, UnitDto>
{
    public async ValueTask<UnitDto> Handle(CreateUnit command, CancellationToken cancellationToken)
    {
        if (await db.Units.AnyAsync(u => u.Code == command.Code, cancellationToken))
        {
            throw new ConflictException("unit-code-taken", $"A unit with code '{command.Code}' already exists.");
        }

        var calendar = command.Calendar?.ToCalendar() ?? DefaultCalendar.Create();
        var unit = ServiceUnit.Open(Guid.CreateVersion7(clock.GetUtcNow()), command.Name.Trim(), command.Code, command.Kind, calendar);
        db.Units.Add(unit);
        return UnitDto.From(unit);
    }
}
