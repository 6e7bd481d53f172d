using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using Mediator;

namespace AfterSales.Application.RepairCards.Commands.InspectRepair;

/// <summary>R12: the supervisor inspects a finished repair: pass, or fail with a note (back to repair).</summary>
public sealed record InspectRepair(Guid RepairCardId, bool Passed, string? Note) : ICommand<RepairCardDto>, IIdempotentCommand;

public sealed class InspectRepairHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock)
    : ICommandHandler<InspectRepair, RepairCardDto>
{
    public async ValueTask<RepairCardDto> Handle(InspectRepair command, CancellationToken cancellationToken)
    {
        var card = await db.RepairCards.FindForChangeAsync(command.RepairCardId, user, request, cancellationToken);
        var now = clock.GetUtcNow();
        card.Inspect(user.RequireStaffId(), now, command.Passed, command.Note?.Trim());
        return RepairCardDto.From(card, now);
    }
}

public sealed class InspectRepairValidator : AbstractValidator<InspectRepair>
{
    public InspectRepairValidator()
    {
        RuleFor(c => c.Note).MaximumLength(1000);
    }
}
