using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Complaints;
using Mediator;

namespace AfterSales.Application.Complaints.Commands.ReplyToComplaint;

/// <summary>R26: the answer to the customer: a letter (函告) for a Serious complaint, a letter or a call for a General one; what was said, by whom, when.</summary>
public sealed record ReplyToComplaint(Guid ComplaintId, ReplyChannel Channel, string Content, DateTimeOffset RepliedAt) : ICommand<ComplaintDto>, IIdempotentCommand;

public sealed class ReplyToComplaintHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock)
    : ICommandHandler<ReplyToComplaint, ComplaintDto>
{
    public async ValueTask<ComplaintDto> Handle(ReplyToComplaint command, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.FindForChangeAsync(command.ComplaintId, user, request, cancellationToken);
        var now = clock.GetUtcNow();
        complaint.Reply(command.Channel, command.Content.Trim(), user.RequireStaffId(), command.RepliedAt, now);
        return ComplaintDto.From(complaint, now);
    }
}

public sealed class ReplyToComplaintValidator : AbstractValidator<ReplyToComplaint>
{
    public ReplyToComplaintValidator()
    {
        RuleFor(c => c.ComplaintId).NotEmpty();
        RuleFor(c => c.Channel).IsInEnum();
        RuleFor(c => c.Content).NotEmpty().MaximumLength(4000);
        RuleFor(c => c.RepliedAt).IsServiceInstant();
    }
}
