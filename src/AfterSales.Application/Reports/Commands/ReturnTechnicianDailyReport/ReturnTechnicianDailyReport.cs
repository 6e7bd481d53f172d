using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Reports;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Reports.Commands.ReturnTechnicianDailyReport;

/// <summary>R15: the supervisor returns a submitted report with a note; the technician corrects the day and submits again.</summary>
public sealed record ReturnTechnicianDailyReport(Guid TechnicianId, DateOnly Date, string Note) : ICommand<TechnicianDailyReportDto>, IIdempotentCommand;

public sealed class ReturnTechnicianDailyReportHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ReturnTechnicianDailyReport, TechnicianDailyReportDto>
{
    public async ValueTask<TechnicianDailyReportDto> Handle(ReturnTechnicianDailyReport command, CancellationToken cancellationToken)
    {
        var technician = await TechnicianDays.TechnicianInScopeAsync(db, user, command.TechnicianId, cancellationToken);
        var report = await db.TechnicianDailyReports.SingleOrDefaultAsync(r => r.TechnicianId == technician.Id && r.Date == command.Date, cancellationToken)
            ?? throw new NotFoundException(nameof(TechnicianDailyReport), $"{technician.Id} {command.Date:yyyy-MM-dd}");
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == technician.UnitId, cancellationToken);
        var now = clock.GetUtcNow();
        report.Return(user.RequireStaffId(), now, command.Note.Trim());
        var live = await TechnicianDays.ReadAsync(db, unit.Id, technician.Id, command.Date, unit.Calendar, cancellationToken);
        return TechnicianDailyReportDto.From(technician.Id, unit.Id, command.Date, DailyReportStates.Of(report.Status, command.Date, unit.Calendar, now), live, report);
    }
}

public sealed class ReturnTechnicianDailyReportValidator : AbstractValidator<ReturnTechnicianDailyReport>
{
    public ReturnTechnicianDailyReportValidator()
    {
        RuleFor(c => c.TechnicianId).NotEmpty();
        RuleFor(c => c.Date).IsServiceDate();
        RuleFor(c => c.Note).NotEmpty().MaximumLength(1000);
    }
}
