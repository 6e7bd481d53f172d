using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Reports;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Reports.Commands.ReviewTechnicianDailyReport;

/// <summary>R15 核閱存查: the unit's supervisor reviews and files a submitted report.</summary>
public sealed record ReviewTechnicianDailyReport(Guid TechnicianId, DateOnly Date) : ICommand<TechnicianDailyReportDto>, IIdempotentCommand;

public sealed class ReviewTechnicianDailyReportHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ReviewTechnicianDailyReport, TechnicianDailyReportDto>
{
    public async ValueTask<TechnicianDailyReportDto> Handle(ReviewTechnicianDailyReport command, CancellationToken cancellationToken)
    {
        var technician = await TechnicianDays.TechnicianInScopeAsync(db, user, command.TechnicianId, cancellationToken);
        var report = await db.TechnicianDailyReports.SingleOrDefaultAsync(r => r.TechnicianId == technician.Id && r.Date == command.Date, cancellationToken)
            ?? throw new NotFoundException(nameof(TechnicianDailyReport), $"{technician.Id} {command.Date:yyyy-MM-dd}");
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == technician.UnitId, cancellationToken);
        var now = clock.GetUtcNow();
        report.Review(user.RequireStaffId(), now);
        var live = await TechnicianDays.ReadAsync(db, unit.Id, technician.Id, command.Date, unit.Calendar, cancellationToken);
        return TechnicianDailyReportDto.From(technician.Id, unit.Id, command.Date, DailyReportStates.Of(report.Status, command.Date, unit.Calendar, now), live, report);
    }
}

public sealed class ReviewTechnicianDailyReportValidator : AbstractValidator<ReviewTechnicianDailyReport>
{
    public ReviewTechnicianDailyReportValidator()
    {
        RuleFor(c => c.TechnicianId).NotEmpty();
        RuleFor(c => c.Date).IsServiceDate();
    }
}
