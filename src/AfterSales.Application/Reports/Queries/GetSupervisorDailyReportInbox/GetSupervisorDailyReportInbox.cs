using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Reports;
using AfterSales.Domain.Units;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Reports.Queries.GetSupervisorDailyReportInbox;

/// <summary>
/// R17: the reports waiting for a step of the chain, oldest day first: branch reports waiting for their
/// manager's signature (a branch manager sees their own branch), or reports waiting for the service
/// department's check. Read on the (status, date) index.
/// </summary>
public sealed record GetSupervisorDailyReportInbox(SupervisorReportInbox Status, DateOnly? From, DateOnly? To) : IQuery<IReadOnlyList<SupervisorReportSummaryDto>>;

public sealed class GetSupervisorDailyReportInboxHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetSupervisorDailyReportInbox, IReadOnlyList<SupervisorReportSummaryDto>>
{
    public async ValueTask<IReadOnlyList<SupervisorReportSummaryDto>> Handle(GetSupervisorDailyReportInbox query, CancellationToken cancellationToken)
    {
        var reports = db.SupervisorDailyReports.AsNoTracking();
        reports = query.Status == SupervisorReportInbox.AwaitingSignOff
            ? reports.Where(r => r.Status == SupervisorDailyReportStatus.Submitted && r.UnitKind == UnitKind.Branch)
            : reports.Where(r => r.Status == SupervisorDailyReportStatus.SignedOff || (r.Status == SupervisorDailyReportStatus.Submitted && r.UnitKind == UnitKind.Center));
        if (!user.SeesAllUnits)
        {
            reports = reports.Where(r => r.UnitId == user.UnitId);
        }

        if (query.From is { } from)
        {
            reports = reports.Where(r => r.Date >= from);
        }

        if (query.To is { } to)
        {
            reports = reports.Where(r => r.Date <= to);
        }

        var found = await reports.OrderBy(r => r.Date).ThenBy(r => r.UnitId).Take(500).ToListAsync(cancellationToken);
        return found.Select(r => new SupervisorReportSummaryDto(r.UnitId, r.Date, r.Status, r.Current.SubmittedAt, r.Current.SubmittedBy, r.Current.Contents.TotalHours, r.Current.Hash)).ToList();
    }
}

public sealed class GetSupervisorDailyReportInboxValidator : AbstractValidator<GetSupervisorDailyReportInbox>
{
    public GetSupervisorDailyReportInboxValidator()
    {
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.From!.Value).IsServiceDate().When(q => q.From is not null);
        RuleFor(q => q.To!.Value).IsServiceDate().When(q => q.To is not null);
    }
}
