using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using Mediator;

namespace AfterSales.Application.Calls.Commands.CorrectCallPart;

/// <summary>
/// A3: the supervisor corrects the quantity of a part used on site (numbered from 1; 0 when it was not
/// used after all), with a reason. The call reads the corrected quantity and keeps the correction; the
/// parts ledger gets a line of the difference pointing at the line it corrects. Parts charged on the
/// call's fee are corrected through accounting (409).
/// </summary>
public sealed record CorrectCallPart(Guid CallId, int Entry, decimal Quantity, string Reason) : ICommand<CallDto>, IIdempotentCommand;

public sealed class CorrectCallPartHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock)
    : ICommandHandler<CorrectCallPart, CallDto>
{
    public async ValueTask<CallDto> Handle(CorrectCallPart command, CancellationToken cancellationToken)
    {
        var call = await db.Calls.FindForChangeAsync(command.CallId, user, request, cancellationToken);
        var now = clock.GetUtcNow();
        var reason = command.Reason.Trim();
        var was = call.CorrectPart(command.Entry, command.Quantity, reason, user.StaffId, now);
        await Billing.Invoicing.RecordPartCorrectedAsync(db, call.Id, null, null, was, command.Quantity, reason, user.StaffId, now, cancellationToken);
        return CallDto.From(call, now);
    }
}

public sealed class CorrectCallPartValidator : AbstractValidator<CorrectCallPart>
{
    public CorrectCallPartValidator()
    {
        RuleFor(c => c.Entry).GreaterThan(0);
        RuleFor(c => c.Quantity).IsCorrectedQuantity();
        RuleFor(c => c.Reason).IsCorrectionReason();
    }
}
