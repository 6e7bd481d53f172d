using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using Mediator;

namespace AfterSales.Application.RepairCards.Commands.RecordRepairWork;

/// <summary>R12: actual repair time on the card; <c>repairFinished</c> hands it to the supervisor's inspection.</summary>
public sealed record RecordRepairWork(Guid RepairCardId, decimal Hours, string Description, bool RepairFinished) : ICommand<RepairCardDto>, IIdempotentCommand;

public sealed class RecordRepairWorkHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock)
    : ICommandHandler<RecordRepairWork, RepairCardDto>
{
    public async ValueTask<RepairCardDto> Handle(RecordRepairWork command, CancellationToken cancellationToken)
    {
        var card = await db.RepairCards.FindForChangeAsync(command.RepairCardId, user, request, cancellationToken);
        var now = clock.GetUtcNow();
        card.RecordWork(user.RequireStaffId(), now, command.Hours, command.Description.Trim(), command.RepairFinished);
        return RepairCardDto.From(card, now);
    }
}

public sealed class RecordRepairWorkValidator : AbstractValidator<RecordRepairWork>
{
    public RecordRepairWorkValidator()
    {
        RuleFor(c => c.Hours).IsHours();
        RuleFor(c => c.Description).NotEmpty().MaximumLength(1000);
    }
}
