using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Common;
using AfterSales.Domain.Complaints;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Complaints.Commands.TriageComplaint;

/// <summary>
/// R26: the service department triages a complaint as Serious or General, and may raise a General one
/// to Serious until it closes; only the vice general manager lowers a Serious one to General. The
/// steps' deadlines (R27) are set on the unit's calendar.
/// </summary>
public sealed record TriageComplaint(Guid ComplaintId, ComplaintSeverity Severity) : ICommand<ComplaintDto>, IIdempotentCommand;

public sealed class TriageComplaintHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, ComplaintSettings settings, TimeProvider clock)
    : ICommandHandler<TriageComplaint, ComplaintDto>
{
    public async ValueTask<ComplaintDto> Handle(TriageComplaint command, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.FindForChangeAsync(command.ComplaintId, user, request, cancellationToken);
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == complaint.UnitId, cancellationToken);
        var now = clock.GetUtcNow();
        complaint.Triage(command.Severity, user.RequireStaffId(), user.IsIn(Role.ViceGeneralManager), now, settings.Times, unit.DeadlineCalendar);
        return ComplaintDto.From(complaint, now);
    }
}

public sealed class TriageComplaintValidator : AbstractValidator<TriageComplaint>
{
    public TriageComplaintValidator()
    {
        RuleFor(c => c.ComplaintId).NotEmpty();
        RuleFor(c => c.Severity).IsInEnum();
    }
}
