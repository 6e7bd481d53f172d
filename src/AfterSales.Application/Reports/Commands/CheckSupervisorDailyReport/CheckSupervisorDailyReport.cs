using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using Mediator;

namespace AfterSales.Application.Reports.Commands.CheckSupervisorDailyReport;

/// <summary>R17: the service department checks a center's submitted report, or a branch's signed one (never one it submitted).</summary>
public sealed record CheckSupervisorDailyReport(Guid UnitId, DateOnly Date) : ICommand<SupervisorDailyReportDto>, IIdempotentCommand;

public sealed class CheckSupervisorDailyReportHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CheckSupervisorDailyReport, SupervisorDailyReportDto>
{
    public async ValueTask<SupervisorDailyReportDto> Handle(CheckSupervisorDailyReport command, CancellationToken cancellationToken)
    {
        var unit = await SupervisorReports.UnitInScopeAsync(db, user, command.UnitId, cancellationToken);
        var report = await SupervisorReports.ForChangeAsync(db, unit, command.Date, cancellationToken);
        var now = clock.GetUtcNow();
        report.Check(user.RequireStaffId(), now);
        return await SupervisorReports.AnswerAsync(db, unit, command.Date, report, now, cancellationToken);
    }
}

public sealed class CheckSupervisorDailyReportValidator : AbstractValidator<CheckSupervisorDailyReport>
{
    public CheckSupervisorDailyReportValidator()
    {
        RuleFor(c => c.UnitId).NotEmpty();
        RuleFor(c => c.Date).IsServiceDate();
    }
}
