using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Common;
using Mediator;

namespace AfterSales.Application.Calls.Commands.DispatchCall;

/// <summary>R8 派工: the supervisor assigns a technician of the unit; a reassignment before arrival needs a reason.</summary>
/// <remarks><c>DispatchedAt</c>: When the supervisor dispatched, if recorded after the fact (a dispatch by phone); now when absent.</remarks>
public sealed record DispatchCall(Guid CallId, Guid TechnicianId, string? ReassignReason, DateTimeOffset? DispatchedAt = null) : ICommand<CallDto>, IIdempotentCommand;

public sealed class DispatchCallHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock)
    : ICommandHandler<DispatchCall, CallDto>
{
    public async ValueTask<CallDto> Handle(DispatchCall command, CancellationToken cancellationToken)
    {
        var call = await db.Calls.FindForChangeAsync(command.CallId, user, request, cancellationToken);
        var technician = await db.Staff.FindAsync([command.TechnicianId], cancellationToken);
        BusinessRules.Check(new DispatchedTechnicianMustServeTheUnitRule(call.UnitId, technician?.UnitId, technician?.Has(Role.Technician) ?? false));

        var now = clock.GetUtcNow();
        call.Dispatch(command.TechnicianId, command.DispatchedAt ?? now, now, user.StaffId, command.ReassignReason?.Trim());
        return CallDto.From(call, now);
    }
}

public sealed class DispatchCallValidator : AbstractValidator<DispatchCall>
{
    public DispatchCallValidator()
    {
        RuleFor(c => c.TechnicianId).NotEmpty();
        RuleFor(c => c.ReassignReason).MaximumLength(500);
        RuleFor(c => c.DispatchedAt!.Value).IsServiceInstant().When(c => c.DispatchedAt is not null);
    }
}
