using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Common;
using Mediator;

namespace AfterSales.Application.Complaints.Commands.RecordComplaintVisit;

/// <summary>
/// R28: the mandatory visit, recorded by the unit's supervisor or the designee: when, what was found
/// and done, or that the customer refused the visit (which only the service department may accept).
/// </summary>
public sealed record RecordComplaintVisit(Guid ComplaintId, DateTimeOffset VisitedAt, string Notes, bool CustomerRefused) : ICommand<ComplaintDto>, IIdempotentCommand;

public sealed class RecordComplaintVisitHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock)
    : ICommandHandler<RecordComplaintVisit, ComplaintDto>
{
    public async ValueTask<ComplaintDto> Handle(RecordComplaintVisit command, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.FindForChangeAsync(command.ComplaintId, user, request, cancellationToken);
        var now = clock.GetUtcNow();
        var isTheUnitsSupervisor = user.IsIn(Role.Supervisor) && user.UnitId == complaint.UnitId;
        complaint.RecordVisit(user.RequireStaffId(), isTheUnitsSupervisor, command.VisitedAt, command.Notes.Trim(), command.CustomerRefused, now);
        return ComplaintDto.From(complaint, now);
    }
}

public sealed class RecordComplaintVisitValidator : AbstractValidator<RecordComplaintVisit>
{
    public RecordComplaintVisitValidator()
    {
        RuleFor(c => c.ComplaintId).NotEmpty();
        RuleFor(c => c.VisitedAt).IsServiceInstant();
        RuleFor(c => c.Notes).NotEmpty().MaximumLength(4000);
    }
}
