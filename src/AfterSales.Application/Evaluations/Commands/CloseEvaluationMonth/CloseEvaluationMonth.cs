using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Evaluations;
using AfterSales.Domain.Units;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Evaluations.Commands.CloseEvaluationMonth;

/// <summary>
/// R23: the service department closes a unit's evaluation month once it is over: its figures are kept
/// as they stand, and answers keyed in afterwards count in the next open month, marked late.
/// </summary>
public sealed record CloseEvaluationMonth(Guid UnitId, string Month) : ICommand<TechnicianMonthlyReportDto>, IIdempotentCommand;

public sealed class CloseEvaluationMonthHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CloseEvaluationMonth, TechnicianMonthlyReportDto>
{
    public async ValueTask<TechnicianMonthlyReportDto> Handle(CloseEvaluationMonth command, CancellationToken cancellationToken)
    {
        var month = MonthParameter.Parse(command.Month);
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == command.UnitId, cancellationToken);
        if (unit is null || !user.CanAccessUnit(unit.Id))
        {
            throw new NotFoundException(nameof(ServiceUnit), command.UnitId);
        }

        if (await db.EvaluationMonthClosures.AnyAsync(c => c.UnitId == unit.Id && c.Month == month, cancellationToken))
        {
            throw new ConflictException("conflict", $"{MonthParameter.Format(month)} is already closed for this unit.");
        }

        var now = clock.GetUtcNow();
        var technicians = await TechnicianMonths.ReadAsync(db, unit, month, null, now, cancellationToken);
        var closure = EvaluationMonthClosure.Close(
            Guid.CreateVersion7(now), unit.Id, month, unit.Calendar.LocalDate(now), now, user.RequireStaffId(), EvaluationSnapshot.Write(technicians));
        db.EvaluationMonthClosures.Add(closure);
        return new TechnicianMonthlyReportDto(unit.Id, MonthParameter.Format(month), true, now, technicians);
    }
}

public sealed class CloseEvaluationMonthValidator : AbstractValidator<CloseEvaluationMonth>
{
    public CloseEvaluationMonthValidator()
    {
        RuleFor(c => c.UnitId).NotEmpty();
        RuleFor(c => c.Month).Must(m => MonthParameter.TryParse(m, out _)).WithMessage("Give the month as yyyy-MM.");
    }
}
