using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using Mediator;

namespace AfterSales.Application.Calls.Commands.CancelCall;

/// <summary>The clerk cancels a call nobody has reached yet, with the reason.</summary>
public sealed record CancelCall(Guid CallId, string Reason) : ICommand<CallDto>, IIdempotentCommand;

public sealed class CancelCallHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock)
    : ICommandHandler<CancelCall, CallDto>
{
    public async ValueTask<CallDto> Handle(CancelCall command, CancellationToken cancellationToken)
    {
        var call = await db.Calls.FindForChangeAsync(command.CallId, user, request, cancellationToken);
        var now = clock.GetUtcNow();
        call.Cancel(command.Reason.Trim(), now, user.StaffId);
        return CallDto.From(call, now);
    }
}

public sealed class CancelCallValidator : AbstractValidator<CancelCall>
{
    public CancelCallValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(500);
    }
}
