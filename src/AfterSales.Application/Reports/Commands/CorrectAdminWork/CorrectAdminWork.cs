using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Mapping;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Reports;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Reports.Commands.CorrectAdminWork;

/// <summary>
/// A3: the supervisor corrects a mistaken admin-work entry (R6 d): its hours or category, with a reason.
/// Its day's report counts the corrected entry; a report already submitted reads as changed since (stale).
/// </summary>
public sealed record CorrectAdminWork(Guid AdminWorkId, decimal Hours, AdminWorkCategory Category, string Reason) : ICommand<AdminWorkDto>, IIdempotentCommand;

public sealed class CorrectAdminWorkHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock) : ICommandHandler<CorrectAdminWork, AdminWorkDto>
{
    public async ValueTask<AdminWorkDto> Handle(CorrectAdminWork command, CancellationToken cancellationToken)
    {
        var work = await db.AdminWork.FindForChangeAsync(command.AdminWorkId, user, request, cancellationToken);
        // The technician's row is held until commit, as when work is recorded, so the 24-hour cap holds.
        await db.Staff.FindLockedAsync(work.TechnicianId, cancellationToken);
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == work.UnitId, cancellationToken);
        var day = await TechnicianDays.ReadAsync(db, unit.Id, work.TechnicianId, work.Date, unit.Calendar, cancellationToken);
        work.Correct(command.Hours, command.Category, command.Reason.Trim(), day.TotalHours - work.Hours, user.StaffId, clock.GetUtcNow());
        return work.Adapt<AdminWorkDto>(Mappings.Config);
    }
}

public sealed class CorrectAdminWorkValidator : AbstractValidator<CorrectAdminWork>
{
    public CorrectAdminWorkValidator()
    {
        RuleFor(c => c.Hours).IsHours();
        RuleFor(c => c.Category).IsInEnum();
        RuleFor(c => c.Reason).IsCorrectionReason();
    }
}
