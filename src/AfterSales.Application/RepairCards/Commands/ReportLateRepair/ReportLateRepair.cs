using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using Mediator;

namespace AfterSales.Application.RepairCards.Commands.ReportLateRepair;

/// <summary>
/// R14: a technician of the unit reports to the supervisor, at once, that the card will miss its
/// promised time (before it passes, or after): the reason, who, and when.
/// </summary>
public sealed record ReportLateRepair(Guid RepairCardId, string Reason) : ICommand<RepairCardDto>, IIdempotentCommand;

public sealed class ReportLateRepairHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock)
    : ICommandHandler<ReportLateRepair, RepairCardDto>
{
    public async ValueTask<RepairCardDto> Handle(ReportLateRepair command, CancellationToken cancellationToken)
    {
        var card = await db.RepairCards.FindForChangeAsync(command.RepairCardId, user, request, cancellationToken);
        var now = clock.GetUtcNow();
        card.ReportLate(Guid.CreateVersion7(now), user.RequireStaffId(), now, command.Reason.Trim());
        return RepairCardDto.From(card, now);
    }
}

public sealed class ReportLateRepairValidator : AbstractValidator<ReportLateRepair>
{
    public ReportLateRepairValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000);
    }
}
