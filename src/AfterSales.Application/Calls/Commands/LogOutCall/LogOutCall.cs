using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using Mediator;

namespace AfterSales.Application.Calls.Commands.LogOutCall;

/// <summary>R9: back at the unit, the clerk logs the finished call out of the register and files the certificate.</summary>
public sealed record LogOutCall(Guid CallId) : ICommand<CallDto>, IIdempotentCommand;

public sealed class LogOutCallHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock)
    : ICommandHandler<LogOutCall, CallDto>
{
    public async ValueTask<CallDto> Handle(LogOutCall command, CancellationToken cancellationToken)
    {
        var call = await db.Calls.FindForChangeAsync(command.CallId, user, request, cancellationToken);
        var now = clock.GetUtcNow();
        call.LogOut(now, user.StaffId);
        return CallDto.From(call, now);
    }
}

public sealed class LogOutCallValidator : AbstractValidator<LogOutCall>
{
    public LogOutCallValidator()
    {
        RuleFor(c => c.CallId).NotEmpty();
    }
}
