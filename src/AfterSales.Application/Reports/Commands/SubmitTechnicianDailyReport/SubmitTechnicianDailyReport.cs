using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Common;
using AfterSales.Domain.Reports;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Reports.Commands.SubmitTechnicianDailyReport;

/// <summary>
/// R15: the technician confirms their day's report (form 006): the day as its records say it is frozen
/// with its hash as a new version. Again only after the supervisor returned it.
/// </summary>
/// <remarks><c>TechnicianId</c>: absent, the caller's own day.</remarks>
public sealed record SubmitTechnicianDailyReport(Guid? TechnicianId, DateOnly Date, string? NoHoursReason) : ICommand<TechnicianDailyReportDto>, IIdempotentCommand;

public sealed class SubmitTechnicianDailyReportHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<SubmitTechnicianDailyReport, TechnicianDailyReportDto>
{
    public async ValueTask<TechnicianDailyReportDto> Handle(SubmitTechnicianDailyReport command, CancellationToken cancellationToken)
    {
        var technician = await TechnicianDays.TechnicianInScopeAsync(db, user, command.TechnicianId ?? user.RequireStaffId(), cancellationToken);
        // The technician's row is held until commit, so two changes to one day cannot both pass the 24-hour cap.
        await db.Staff.FindLockedAsync(technician.Id, cancellationToken);
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == technician.UnitId, cancellationToken);
        var now = clock.GetUtcNow();
        BusinessRules.Check(new ReportedDayMustHaveBegunRule(command.Date, unit.Calendar.LocalDate(now)));
        var day = await TechnicianDays.ReadAsync(db, unit.Id, technician.Id, command.Date, unit.Calendar, cancellationToken);

        var report = await db.TechnicianDailyReports.SingleOrDefaultAsync(r => r.TechnicianId == technician.Id && r.Date == command.Date, cancellationToken);
        if (report is null)
        {
            report = TechnicianDailyReport.Submit(Guid.CreateVersion7(now), unit.Id, technician.Id, command.Date, day, command.NoHoursReason, now);
            db.TechnicianDailyReports.Add(report);
        }
        else
        {
            report.Resubmit(day, command.NoHoursReason, now);
        }

        return TechnicianDailyReportDto.From(technician.Id, unit.Id, command.Date, DailyReportState.Submitted, day, report);
    }
}

public sealed class SubmitTechnicianDailyReportValidator : AbstractValidator<SubmitTechnicianDailyReport>
{
    public SubmitTechnicianDailyReportValidator()
    {
        RuleFor(c => c.TechnicianId).NotEqual(Guid.Empty);
        RuleFor(c => c.Date).IsServiceDate();
        RuleFor(c => c.NoHoursReason).MaximumLength(500);
    }
}
