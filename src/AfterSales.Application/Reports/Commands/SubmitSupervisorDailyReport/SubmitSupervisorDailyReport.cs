using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Common;
using AfterSales.Domain.Reports;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Reports.Commands.SubmitSupervisorDailyReport;

/// <summary>
/// R16: the unit's supervisor files the day's report (form 007), built from every technician's reviewed
/// form 006, with a reason for each one missing. A returned report is submitted again as a new version.
/// </summary>
/// <remarks><c>UnitId</c>: absent, the supervisor's own unit.</remarks>
public sealed record SubmitSupervisorDailyReport(Guid? UnitId, DateOnly Date, IReadOnlyList<MissingReportReason>? MissingReasons) : ICommand<SupervisorDailyReportDto>, IIdempotentCommand;

public sealed class SubmitSupervisorDailyReportHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<SubmitSupervisorDailyReport, SupervisorDailyReportDto>
{
    public async ValueTask<SupervisorDailyReportDto> Handle(SubmitSupervisorDailyReport command, CancellationToken cancellationToken)
    {
        var unit = await SupervisorReports.UnitInScopeAsync(db, user, command.UnitId ?? user.ListUnit(null) ?? Guid.Empty, cancellationToken);
        var now = clock.GetUtcNow();
        BusinessRules.Check(new ReportedDayMustHaveBegunRule(command.Date, unit.Calendar.LocalDate(now)));
        var (day, technicians) = await SupervisorDays.ReadAsync(db, unit, command.Date, now, cancellationToken);
        var reasons = (command.MissingReasons ?? [])
            .Where(r => technicians.Any(t => t.Id == r.TechnicianId && t.ReportStatus != TechnicianDailyReportStatus.Reviewed))
            .Select(r => r with { Reason = r.Reason.Trim() })
            .ToList();
        var unexplained = technicians
            .Where(t => t.ReportStatus != TechnicianDailyReportStatus.Reviewed && reasons.All(r => r.TechnicianId != t.Id))
            .Select(t => t.Name)
            .ToList();

        var supervisorId = user.RequireStaffId();
        var report = await db.SupervisorDailyReports.SingleOrDefaultAsync(r => r.UnitId == unit.Id && r.Date == command.Date, cancellationToken);
        if (report is null)
        {
            report = SupervisorDailyReport.Submit(Guid.CreateVersion7(now), unit.Id, unit.Kind, command.Date, day, unexplained, reasons, supervisorId, now);
            db.SupervisorDailyReports.Add(report);
        }
        else
        {
            report.Resubmit(day, unexplained, reasons, supervisorId, now);
        }

        return SupervisorDailyReportDto.From(unit.Id, command.Date, day, technicians, report);
    }
}

public sealed class SubmitSupervisorDailyReportValidator : AbstractValidator<SubmitSupervisorDailyReport>
{
    public SubmitSupervisorDailyReportValidator()
    {
        RuleFor(c => c.UnitId).NotEqual(Guid.Empty);
        RuleFor(c => c.Date).IsServiceDate();
        RuleForEach(c => c.MissingReasons).ChildRules(reason =>
        {
            reason.RuleFor(r => r.TechnicianId).NotEmpty();
            reason.RuleFor(r => r.Reason).NotEmpty().MaximumLength(500);
        });
    }
}
