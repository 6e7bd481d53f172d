using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using Mediator;

namespace AfterSales.Application.Complaints.Commands.ChaseComplaint;

/// <summary>R27: the service department records chasing the unit about the complaint's earliest open step.</summary>
public sealed record ChaseComplaint(Guid ComplaintId, string Note) : ICommand<ComplaintDto>, IIdempotentCommand;

public sealed class ChaseComplaintHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock)
    : ICommandHandler<ChaseComplaint, ComplaintDto>
{
    public async ValueTask<ComplaintDto> Handle(ChaseComplaint command, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.FindForChangeAsync(command.ComplaintId, user, request, cancellationToken);
        var now = clock.GetUtcNow();
        complaint.Chase(command.Note.Trim(), user.RequireStaffId(), now);
        return ComplaintDto.From(complaint, now);
    }
}

public sealed class ChaseComplaintValidator : AbstractValidator<ChaseComplaint>
{
    public ChaseComplaintValidator()
    {
        RuleFor(c => c.ComplaintId).NotEmpty();
        RuleFor(c => c.Note).NotEmpty().MaximumLength(2000);
    }
}
