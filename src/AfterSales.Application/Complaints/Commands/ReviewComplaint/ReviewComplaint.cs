using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Complaints;
using Mediator;

namespace AfterSales.Application.Complaints.Commands.ReviewComplaint;

/// <summary>R26: the vice general manager reviews a Serious complaint: handles it, or passes it on with instructions.</summary>
public sealed record ReviewComplaint(Guid ComplaintId, ReviewDecision Decision, string? Instructions) : ICommand<ComplaintDto>, IIdempotentCommand;

public sealed class ReviewComplaintHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock)
    : ICommandHandler<ReviewComplaint, ComplaintDto>
{
    public async ValueTask<ComplaintDto> Handle(ReviewComplaint command, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.FindForChangeAsync(command.ComplaintId, user, request, cancellationToken);
        var now = clock.GetUtcNow();
        complaint.Review(command.Decision, command.Instructions?.Trim(), user.RequireStaffId(), now);
        return ComplaintDto.From(complaint, now);
    }
}

public sealed class ReviewComplaintValidator : AbstractValidator<ReviewComplaint>
{
    public ReviewComplaintValidator()
    {
        RuleFor(c => c.ComplaintId).NotEmpty();
        RuleFor(c => c.Decision).IsInEnum();
        RuleFor(c => c.Instructions).MaximumLength(2000);
    }
}
