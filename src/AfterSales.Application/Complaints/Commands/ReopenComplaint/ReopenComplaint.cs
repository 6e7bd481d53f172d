using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Complaints.Commands.ReopenComplaint;

/// <summary>A closed complaint taken up again with a reason: its finding stays on record, and the customer is answered anew.</summary>
public sealed record ReopenComplaint(Guid ComplaintId, string Reason) : ICommand<ComplaintDto>, IIdempotentCommand;

public sealed class ReopenComplaintHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, ComplaintSettings settings, TimeProvider clock)
    : ICommandHandler<ReopenComplaint, ComplaintDto>
{
    public async ValueTask<ComplaintDto> Handle(ReopenComplaint command, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.FindForChangeAsync(command.ComplaintId, user, request, cancellationToken);
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == complaint.UnitId, cancellationToken);
        var now = clock.GetUtcNow();
        complaint.Reopen(command.Reason.Trim(), user.RequireStaffId(), now, settings.Times, unit.DeadlineCalendar);
        return ComplaintDto.From(complaint, now);
    }
}

public sealed class ReopenComplaintValidator : AbstractValidator<ReopenComplaint>
{
    public ReopenComplaintValidator()
    {
        RuleFor(c => c.ComplaintId).NotEmpty();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(2000);
    }
}
