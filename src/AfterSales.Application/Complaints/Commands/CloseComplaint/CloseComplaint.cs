using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using Mediator;

namespace AfterSales.Application.Complaints.Commands.CloseComplaint;

/// <summary>
/// R26–R28: closes a complaint with a finding (the service's fault or not, and the actions taken).
/// Refused with the list of missing steps unless triage, review (Serious), visit and reply are done
/// and the finding is given.
/// </summary>
public sealed record CloseComplaint(Guid ComplaintId, bool? ServiceFault, string? Actions) : ICommand<ComplaintDto>, IIdempotentCommand;

public sealed class CloseComplaintHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock)
    : ICommandHandler<CloseComplaint, ComplaintDto>
{
    public async ValueTask<ComplaintDto> Handle(CloseComplaint command, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.FindForChangeAsync(command.ComplaintId, user, request, cancellationToken);
        var now = clock.GetUtcNow();
        complaint.Close(command.ServiceFault, command.Actions?.Trim(), user.RequireStaffId(), now);
        return ComplaintDto.From(complaint, now);
    }
}

public sealed class CloseComplaintValidator : AbstractValidator<CloseComplaint>
{
    public CloseComplaintValidator()
    {
        RuleFor(c => c.ComplaintId).NotEmpty();
        RuleFor(c => c.Actions).MaximumLength(4000);
    }
}
