using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using Mediator;

namespace AfterSales.Application.Reports.Commands.ReviewTechnicianDailyReport;

/// <summary>R15 核閱存查: the unit's supervisor reviews and files a submitted report.</summary>
public sealed record ReviewTechnicianDailyReport(Guid TechnicianId, DateOnly Date) : ICommand<TechnicianDailyReportDto>, IIdempotentCommand;

public sealed class ReviewTechnicianDailyReportHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ReviewTechnicianDailyReport, TechnicianDailyReportDto>
{
    public async ValueTask<TechnicianDailyReportDto> Handle(ReviewTechnicianDailyReport command, CancellationToken cancellationToken)
    {
        var (unit, report) = await TechnicianDays.ReportForChangeAsync(db, user, command.TechnicianId, command.Date, cancellationToken);
        var now = clock.GetUtcNow();
        report.Review(user.RequireStaffId(), now);
        return await TechnicianDays.AnswerAsync(db, unit, report, now, cancellationToken);
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
