using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Scoping;
using Mediator;

namespace AfterSales.Application.Units.Commands.SetUnitPolicy;

/// <summary>Sets a unit's SLA hours per zone, on-site fee threshold and KPI targets; new targets hold from the unit's today on.</summary>
public sealed record SetUnitPolicy(Guid UnitId, PolicyDto Policy) : ICommand<UnitDto>;

public sealed class SetUnitPolicyHandler(IApplicationDbContext db, IRequestContext request, TimeProvider clock, UnitQuotes quotes) : ICommandHandler<SetUnitPolicy, UnitDto>
{
    public async ValueTask<UnitDto> Handle(SetUnitPolicy command, CancellationToken cancellationToken)
    {
        var unit = await db.Units.FindUnitForChangeAsync(command.UnitId, request, cancellationToken);
        unit.ReplacePolicy(command.Policy.ToPolicy(), unit.Calendar.LocalDate(clock.GetUtcNow()));
        quotes.Forget(unit.Id);
        return UnitDto.From(unit);
    }
}

public sealed class SetUnitPolicyValidator : FluentValidation.AbstractValidator<SetUnitPolicy>
{
    public SetUnitPolicyValidator()
    {
        RuleFor(c => c.Policy).NotNull().SetValidator(new PolicyDtoValidator());
    }
}
