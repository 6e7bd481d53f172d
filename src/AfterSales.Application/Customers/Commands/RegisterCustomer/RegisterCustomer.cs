using AfterSales.Application.Common.Mapping;
using Mapster;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Units;
using Mediator;

namespace AfterSales.Application.Customers.Commands.RegisterCustomer;

/// <summary>Adds a customer to the clerk's unit's customer file.</summary>
public sealed record RegisterCustomer(string Name, string Address, string Telephone, ServiceZone Zone) : ICommand<CustomerDto>, IIdempotentCommand;

public sealed class RegisterCustomerHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RegisterCustomer, CustomerDto>
{
    public async ValueTask<CustomerDto> Handle(RegisterCustomer command, CancellationToken cancellationToken)
    {
        var unitId = user.ListUnit(null) ?? throw new Common.Exceptions.ForbiddenAccessException("Customers are registered by a unit's clerk.");
        var customer = Customer.Register(Guid.CreateVersion7(clock.GetUtcNow()), unitId, command.Name.Trim(), command.Address.Trim(), command.Telephone.Trim(), command.Zone);
        db.Customers.Add(customer);
        return customer.Adapt<CustomerDto>(Mappings.Config);
    }
}

public sealed class RegisterCustomerValidator : AbstractValidator<RegisterCustomer>
{
    public RegisterCustomerValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Address).NotEmpty().MaximumLength(500);
        RuleFor(c => c.Telephone).NotEmpty().MaximumLength(50).Matches(@"^[0-9+()#\- ]+$").WithMessage("Telephone may hold digits, spaces and + ( ) - # only.");
        RuleFor(c => c.Zone).IsInEnum();
    }
}
