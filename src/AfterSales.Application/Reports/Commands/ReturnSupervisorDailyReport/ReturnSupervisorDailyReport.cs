using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Common;
using Mediator;

namespace AfterSales.Application.Reports.Commands.ReturnSupervisorDailyReport;

/// <summary>R17: the branch manager (before signing) or the service department (before checking) returns the report with a note.</summary>
public sealed record ReturnSupervisorDailyReport(Guid UnitId, DateOnly Date, string Note) : ICommand<SupervisorDailyReportDto>, IIdempotentCommand;

public sealed class ReturnSupervisorDailyReportHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ReturnSupervisorDailyReport, SupervisorDailyReportDto>
{
    public async ValueTask<SupervisorDailyReportDto> Handle(ReturnSupervisorDailyReport command, CancellationToken cancellationToken)
    {
        var unit = await SupervisorReports.UnitInScopeAsync(db, user, command.UnitId, cancellationToken);
        var report = await SupervisorReports.ForChangeAsync(db, unit, command.Date, cancellationToken);
        var now = clock.GetUtcNow();
        report.Return(user.RequireStaffId(), user.IsIn(Role.ServiceDepartment), now, command.Note.Trim());
        return await SupervisorReports.AnswerAsync(db, unit, command.Date, report, now, cancellationToken);
    }
}

public sealed class ReturnSupervisorDailyReportValidator : AbstractValidator<ReturnSupervisorDailyReport>
{
    public ReturnSupervisorDailyReportValidator()
    {
        RuleFor(c => c.UnitId).NotEmpty();
        RuleFor(c => c.Date).IsServiceDate();
        RuleFor(c => c.Note).NotEmpty().MaximumLength(1000);
    }
}
