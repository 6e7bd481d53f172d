using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Application.Units;
using AfterSales.Domain.Common;
using AfterSales.Domain.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Contracts.Commands.SignContract;

/// <summary>A new maintenance contract for some of the customer's products (R6 b).</summary>
public sealed record SignContract(Guid CustomerId, IReadOnlyList<Guid> CertificateIds, DateOnly StartsOn, DateOnly EndsOn, MoneyDto Fee)
    : ICommand<ContractDto>, IIdempotentCommand;

public sealed class SignContractHandler(IApplicationDbContext db, ICurrentUser user, INumberSequence numbers, TimeProvider clock)
    : ICommandHandler<SignContract, ContractDto>
{
    public async ValueTask<ContractDto> Handle(SignContract command, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.FindInScopeAsync(command.CustomerId, user, cancellationToken);
        var owned = await db.Certificates.CountAsync(c => command.CertificateIds.Contains(c.Id) && c.CustomerId == customer.Id, cancellationToken);
        BusinessRules.Check(new ContractCoversOnlyTheCustomersProductsRule(owned, command.CertificateIds.Distinct().Count()));

        var unit = await db.Units.SingleAsync(u => u.Id == customer.UnitId, cancellationToken);
        var number = await numbers.NextAsync(unit.Id, unit.Code, NumberSeries.Contract, command.StartsOn.Year, cancellationToken);
        var contract = MaintenanceContract.Sign(
            Guid.CreateVersion7(clock.GetUtcNow()), unit.Id, number, customer.Id, command.CertificateIds, command.StartsOn, command.EndsOn, command.Fee.ToMoney());
        db.Contracts.Add(contract);
        await ContractInvoicing.RaiseForTermAsync(db, contract, clock.GetUtcNow(), cancellationToken);
        ExpiryNotices.ForNewTerm(db, contract, unit, clock.GetUtcNow());
        return ContractDto.From(contract);
    }
}

public sealed class ContractCoversOnlyTheCustomersProductsRule(int owned, int listed) : IBusinessRule
{
    public bool IsBroken() => owned != listed;

    public string Message => "Every certificate a contract covers must be one of the customer's own.";
}

public sealed class SignContractValidator : AbstractValidator<SignContract>
{
    public SignContractValidator()
    {
        RuleFor(c => c.CertificateIds).NotEmpty();
        RuleFor(c => c.StartsOn).IsServiceDate();
        RuleFor(c => c.EndsOn).IsServiceDate().GreaterThanOrEqualTo(c => c.StartsOn);
        RuleFor(c => c.Fee).NotNull().SetValidator(new MoneyDtoValidator());
    }
}
