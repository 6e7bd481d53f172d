using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using Mediator;

namespace AfterSales.Application.Reports.Commands.ReturnTechnicianDailyReport;

/// <summary>R15: the supervisor returns a submitted report with a note; the technician corrects the day and submits again.</summary>
public sealed record ReturnTechnicianDailyReport(Guid TechnicianId, DateOnly Date, string Note) : ICommand<TechnicianDailyReportDto>, IIdempotentCommand;

public sealed class ReturnTechnicianDailyReportHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ReturnTechnicianDailyReport, TechnicianDailyReportDto>
{
    public async ValueTask<TechnicianDailyReportDto> Handle(ReturnTechnicianDailyReport command, CancellationToken cancellationToken)
    {
        var (unit, report) = await TechnicianDays.ReportForChangeAsync(db, user, command.TechnicianId, command.Date, cancellationToken);
        var now = clock.GetUtcNow();
        report.Return(user.RequireStaffId(), now, command.Note.Trim());
        return await TechnicianDays.AnswerAsync(db, unit, report, now, cancellationToken);
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
