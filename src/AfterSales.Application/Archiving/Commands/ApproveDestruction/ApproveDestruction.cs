using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using Mediator;

namespace AfterSales.Application.Archiving.Commands.ApproveDestruction;

/// <summary>A2: the service department approves a proposed destruction; the person who proposed it never does.</summary>
public sealed record ApproveDestruction(Guid DestructionId) : ICommand<DestructionRequestDto>, IIdempotentCommand;

public sealed class ApproveDestructionHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock) : ICommandHandler<ApproveDestruction, DestructionRequestDto>
{
    public async ValueTask<DestructionRequestDto> Handle(ApproveDestruction command, CancellationToken cancellationToken)
    {
        var destruction = await db.DestructionRequests.FindForChangeAsync(command.DestructionId, user, request, cancellationToken);
        destruction.Approve(user.RequireStaffId(), clock.GetUtcNow());
        return DestructionRequestDto.From(destruction);
    }
}

public sealed class ApproveDestructionValidator : AbstractValidator<ApproveDestruction>
{
    public ApproveDestructionValidator()
    {
        RuleFor(c => c.DestructionId).NotEmpty();
    }
}
