using AfterSales.Application.Common.Mapping;
using Mapster;
using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Domain.Common;
using AfterSales.Domain.Staff;
using AfterSales.Domain.Units;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Staff.Commands.HireStaffMember;

/// <summary>Adds a person to a unit in one or more roles (R4).</summary>
public sealed record HireStaffMember(Guid UnitId, string Name, IReadOnlyList<Role> Roles) : ICommand<StaffMemberDto>, IIdempotentCommand;

public sealed class HireStaffMemberHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<HireStaffMember, StaffMemberDto>
{
    public async ValueTask<StaffMemberDto> Handle(HireStaffMember command, CancellationToken cancellationToken)
    {
        if (!await db.Units.AnyAsync(u => u.Id == command.UnitId, cancellationToken))
        {
            throw new NotFoundException(nameof(ServiceUnit), command.UnitId);
        }

        var member = StaffMember.Hire(Guid.CreateVersion7(clock.GetUtcNow()), command.UnitId, command.Name.Trim(), command.Roles);
        db.Staff.Add(member);
        return member.Adapt<StaffMemberDto>(Mappings.Config);
    }
}

public sealed class HireStaffMemberValidator : AbstractValidator<HireStaffMember>
{
    public HireStaffMemberValidator()
    {
        RuleFor(c => c.UnitId).NotEmpty();
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Roles).NotEmpty().WithMessage("A staff member must act in at least one role.");
        RuleForEach(c => c.Roles).IsInEnum();
    }
}
