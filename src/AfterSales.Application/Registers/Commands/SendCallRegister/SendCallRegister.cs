using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Mapping;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Registers;
using AfterSales.Domain.Surveys;
using AfterSales.Domain.Units;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Registers.Commands.SendCallRegister;

/// <summary>
/// R24: the clerk sends a closed day's call register (form 002) to the service department: every call
/// received that day (the unit's local date), frozen as it stands, and a survey card for each. Once per unit and day; sending again
/// is harmless and answers what was sent.
/// </summary>
public sealed record SendCallRegister(Guid UnitId, DateOnly Date) : ICommand<SentCallRegisterDto>, IIdempotentCommand;

public sealed record SentCallDto(Guid CallId, string Number, string CustomerName, Domain.Calls.CallStatus Status, Guid? TechnicianId);

public sealed record SentCallRegisterDto(Guid Id, Guid UnitId, DateOnly Date, DateTimeOffset SentAt, Guid? SentBy, IReadOnlyList<SentCallDto> Calls);

public sealed class SendCallRegisterHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock) : ICommandHandler<SendCallRegister, SentCallRegisterDto>
{
    public async ValueTask<SentCallRegisterDto> Handle(SendCallRegister command, CancellationToken cancellationToken)
    {
        if (!user.CanAccessUnit(command.UnitId))
        {
            throw new NotFoundException(nameof(ServiceUnit), command.UnitId);
        }

        // The unit's row is held until commit, so two clerks sending the same day at once send it once.
        var unit = await db.Units.FindLockedAsync(command.UnitId, cancellationToken)
            ?? throw new NotFoundException(nameof(ServiceUnit), command.UnitId);
        request.ExpectCurrent(unit);
        var register = await SendAsync(db, unit, command.Date, user.StaffId, clock.GetUtcNow(), cancellationToken);
        return register.Adapt<SentCallRegisterDto>(Mappings.Config);
    }

    /// <summary>
    /// Sends the unit's register of <paramref name="date"/> with a survey card for each of its calls, or
    /// answers the register already sent. The caller holds the unit's row locked, so a clerk and the
    /// automatic sending at the next opening (R24, <c>SendDayRegisters</c>) send a day once between them.
    /// </summary>
    internal static async Task<SentCallRegister> SendAsync(IApplicationDbContext db, ServiceUnit unit, DateOnly date, Guid? sentBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sent = await db.SentCallRegisters.AsNoTracking().SingleOrDefaultAsync(r => r.UnitId == unit.Id && r.Date == date, cancellationToken);
        if (sent is not null)
        {
            return sent;
        }

        var from = unit.Calendar.StartOfDay(date);
        var to = unit.Calendar.StartOfDay(date.AddDays(1));
        var calls = await db.Calls.AsNoTracking()
            .Where(c => c.UnitId == unit.Id && c.ReceivedAt >= from && c.ReceivedAt < to)
            .OrderBy(c => c.ReceivedAt).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Number, c.CustomerName, c.Address, c.Telephone, c.Status, c.TechnicianId, c.ArrivedAt })
            .ToListAsync(cancellationToken);
        var register = SentCallRegister.Send(Guid.CreateVersion7(now), unit.Id, date, unit.Calendar.LocalDate(now),
            calls.Select(c => new SentCall(c.Id, c.Number, c.CustomerName, c.Status, c.TechnicianId)), sentBy, now);
        db.SentCallRegisters.Add(register);

        // R24: one survey card for every call of the day, no sampling; it rates the technician who arrived.
        foreach (var call in calls)
        {
            db.SurveyCards.Add(SurveyCard.Generate(Guid.CreateVersion7(now), unit.Id, date, call.Id, call.Number, call.CustomerName, call.Address, call.Telephone,
                call.ArrivedAt is null ? null : call.TechnicianId));
        }

        return register;
    }
}

public sealed class SendCallRegisterValidator : AbstractValidator<SendCallRegister>
{
    public SendCallRegisterValidator()
    {
        RuleFor(c => c.UnitId).NotEmpty();
        RuleFor(c => c.Date).IsServiceDate();
    }
}
