using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using Mediator;

namespace AfterSales.Application.Complaints.Commands.AcceptRefusedVisit;

/// <summary>R28: the service department accepts the customer's recorded refusal in place of the visit.</summary>
public sealed record AcceptRefusedVisit(Guid ComplaintId) : ICommand<ComplaintDto>, IIdempotentCommand;

public sealed class AcceptRefusedVisitHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock)
    : ICommandHandler<AcceptRefusedVisit, ComplaintDto>
{
    public async ValueTask<ComplaintDto> Handle(AcceptRefusedVisit command, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.FindForChangeAsync(command.ComplaintId, user, request, cancellationToken);
        var now = clock.GetUtcNow();
        complaint.AcceptRefusedVisit(user.RequireStaffId(), now);
        return ComplaintDto.From(complaint, now);
    }
}

public sealed class AcceptRefusedVisitValidator : AbstractValidator<AcceptRefusedVisit>
{
    public AcceptRefusedVisitValidator() => RuleFor(c => c.ComplaintId).NotEmpty();
}
