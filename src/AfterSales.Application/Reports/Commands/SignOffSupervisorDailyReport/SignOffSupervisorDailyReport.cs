using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using Mediator;

namespace AfterSales.Application.Reports.Commands.SignOffSupervisorDailyReport;

/// <summary>R17: the branch manager signs the branch's submitted report (never their own); the hash signed is kept.</summary>
public sealed record SignOffSupervisorDailyReport(Guid UnitId, DateOnly Date) : ICommand<SupervisorDailyReportDto>, IIdempotentCommand;

public sealed class SignOffSupervisorDailyReportHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<SignOffSupervisorDailyReport, SupervisorDailyReportDto>
{
    public async ValueTask<SupervisorDailyReportDto> Handle(SignOffSupervisorDailyReport command, CancellationToken cancellationToken)
    {
        var unit = await SupervisorReports.UnitInScopeAsync(db, user, command.UnitId, cancellationToken);
        var report = await SupervisorReports.ForChangeAsync(db, unit, command.Date, cancellationToken);
        var now = clock.GetUtcNow();
        report.SignOff(user.RequireStaffId(), now);
        return await SupervisorReports.AnswerAsync(db, unit, command.Date, report, now, cancellationToken);
    }
}

public sealed class SignOffSupervisorDailyReportValidator : AbstractValidator<SignOffSupervisorDailyReport>
{
    public SignOffSupervisorDailyReportValidator()
    {
        RuleFor(c => c.UnitId).NotEmpty();
        RuleFor(c => c.Date).IsServiceDate();
    }
}
