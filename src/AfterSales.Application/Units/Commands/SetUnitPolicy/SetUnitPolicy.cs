using AfterSales.Application.Common.Auditing;
using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Units;
using Mediator;

namespace AfterSales.Application.Units.Commands.SetUnitPolicy;

/// <summary>Sets a unit's SLA hours per zone, on-site fee threshold and KPI targets.</summary>
public sealed record SetUnitPolicy(Guid UnitId, PolicyDto Policy, uint? ExpectedVersion) : ICommand<UnitDto>;

public sealed class SetUnitPolicyHandler(IApplicationDbContext db, AuditScope audit) : ICommandHandler<SetUnitPolicy, UnitDto>
{
    public async ValueTask<UnitDto> Handle(SetUnitPolicy command, CancellationToken cancellationToken)
    {
        var unit = await db.Units.FindAsync([command.UnitId], cancellationToken)
            ?? throw new NotFoundException(nameof(ServiceUnit), command.UnitId);
        db.Units.ExpectVersion(unit, command.ExpectedVersion);

        unit.ReplacePolicy(command.Policy.ToPolicy());
        audit.Touched(nameof(ServiceUnit), unit.Id);
        await db.SaveChangesAsync(cancellationToken);
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
