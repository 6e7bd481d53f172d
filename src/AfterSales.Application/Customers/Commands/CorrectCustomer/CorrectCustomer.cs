using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Mapping;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Units;
using Mapster;
using Mediator;

namespace AfterSales.Application.Customers.Commands.CorrectCustomer;

/// <summary>
/// A3: the clerk corrects a customer's mistaken address, telephone or zone, with a reason. Calls already
/// registered keep the particulars they were registered with; the customer reads the corrected ones.
/// </summary>
public sealed record CorrectCustomer(Guid CustomerId, string? Address, string? Telephone, ServiceZone? Zone, string Reason) : ICommand<CustomerDto>, IIdempotentCommand;

public sealed class CorrectCustomerHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock)
    : ICommandHandler<CorrectCustomer, CustomerDto>
{
    public async ValueTask<CustomerDto> Handle(CorrectCustomer command, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.FindForChangeAsync(command.CustomerId, user, request, cancellationToken);
        customer.CorrectParticulars(command.Address?.Trim(), command.Telephone?.Trim(), command.Zone, command.Reason.Trim(), user.StaffId, clock.GetUtcNow());
        return customer.Adapt<CustomerDto>(Mappings.Config);
    }
}

public sealed class CorrectCustomerValidator : AbstractValidator<CorrectCustomer>
{
    public CorrectCustomerValidator()
    {
        RuleFor(c => c.Address).NotEmpty().MaximumLength(500).When(c => c.Address is not null);
        RuleFor(c => c.Telephone).NotEmpty().MaximumLength(50).When(c => c.Telephone is not null);
        RuleFor(c => c.Zone).IsInEnum().When(c => c.Zone is not null);
        RuleFor(c => c).Must(c => c.Address is not null || c.Telephone is not null || c.Zone is not null)
            .WithName("address").WithMessage("Give the address, telephone or zone that is corrected.");
        RuleFor(c => c.Reason).IsCorrectionReason();
    }
}
