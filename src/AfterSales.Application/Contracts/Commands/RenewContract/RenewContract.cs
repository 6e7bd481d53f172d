using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Application.Units;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Contracts.Commands.RenewContract;

/// <summary>
/// A new term; it starts the day after the current one ends unless <c>startsOn</c> says otherwise. It
/// settles the expiry notice of the term it follows and makes the new term's (R20).
/// </summary>
public sealed record RenewContract(Guid ContractId, DateOnly? StartsOn, DateOnly EndsOn, MoneyDto Fee) : ICommand<ContractDto>, IIdempotentCommand;

public sealed class RenewContractHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock) : ICommandHandler<RenewContract, ContractDto>
{
    public async ValueTask<ContractDto> Handle(RenewContract command, CancellationToken cancellationToken)
    {
        var contract = await db.Contracts.FindForChangeAsync(command.ContractId, user, request, cancellationToken);
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == contract.UnitId, cancellationToken);
        var now = clock.GetUtcNow();
        var renewed = contract.CurrentTerm.TermNumber;
        contract.Renew(command.StartsOn, command.EndsOn, command.Fee.ToMoney());
        await ContractInvoicing.RaiseForTermAsync(db, contract, now, cancellationToken);
        await ExpiryNotices.SettleByRenewalAsync(db, contract, renewed, unit, now, cancellationToken);
        ExpiryNotices.ForNewTerm(db, contract, unit, now);
        return ContractDto.From(contract);
    }
}

public sealed class RenewContractValidator : AbstractValidator<RenewContract>
{
    public RenewContractValidator()
    {
        RuleFor(c => c.Fee).NotNull().SetValidator(new MoneyDtoValidator());
        RuleFor(c => c.StartsOn!.Value).IsServiceDate().OverridePropertyName("startsOn").When(c => c.StartsOn is not null);
        RuleFor(c => c.EndsOn).IsServiceDate();
    }
}
