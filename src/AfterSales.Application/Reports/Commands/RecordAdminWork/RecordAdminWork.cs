using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Mapping;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Reports;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Reports.Commands.RecordAdminWork;

/// <summary>
/// R6 d: the technician (or their supervisor) records a day's internal work: category, hours, note.
/// The day's hours from every source stay within 24; a submitted or reviewed day is frozen.
/// </summary>
public sealed record RecordAdminWork(Guid TechnicianId, DateOnly Date, AdminWorkCategory Category, decimal Hours, string Note) : ICommand<AdminWorkDto>, IIdempotentCommand;

public sealed class RecordAdminWorkHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock) : ICommandHandler<RecordAdminWork, AdminWorkDto>
{
    public async ValueTask<AdminWorkDto> Handle(RecordAdminWork command, CancellationToken cancellationToken)
    {
        var technician = await TechnicianDays.TechnicianInScopeAsync(db, user, command.TechnicianId, cancellationToken);
        request.ExpectCurrent(technician);
        // The technician's row is held until commit, so two changes to one day cannot both pass the 24-hour cap.
        await db.Staff.FindLockedAsync(technician.Id, cancellationToken);
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == technician.UnitId, cancellationToken);
        var day = await TechnicianDays.ReadAsync(db, unit.Id, technician.Id, command.Date, unit.Calendar, cancellationToken);
        var status = await db.TechnicianDailyReports.AsNoTracking()
            .Where(r => r.TechnicianId == technician.Id && r.Date == command.Date)
            .Select(r => (TechnicianDailyReportStatus?)r.Status)
            .SingleOrDefaultAsync(cancellationToken);

        var now = clock.GetUtcNow();
        var work = AdminWork.Record(Guid.CreateVersion7(now), unit.Id, technician.Id, command.Date, command.Category, command.Hours, command.Note.Trim(), day.TotalHours, status, user.StaffId, now);
        db.AdminWork.Add(work);
        return work.Adapt<AdminWorkDto>(Mappings.Config);
    }
}

public sealed class RecordAdminWorkValidator : AbstractValidator<RecordAdminWork>
{
    public RecordAdminWorkValidator()
    {
        RuleFor(c => c.TechnicianId).NotEmpty();
        RuleFor(c => c.Date).IsServiceDate();
        RuleFor(c => c.Category).IsInEnum();
        RuleFor(c => c.Hours).IsHours();
        RuleFor(c => c.Note).MaximumLength(1000);
    }
}
