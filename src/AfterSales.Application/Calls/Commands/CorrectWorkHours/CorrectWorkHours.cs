using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using Mediator;

namespace AfterSales.Application.Calls.Commands.CorrectWorkHours;

/// <summary>
/// A3: the supervisor corrects the hours of work finished on site, with a reason; the technician's daily
/// report counts the corrected hours. Hours already charged on a fee are corrected through accounting (409).
/// </summary>
public sealed record CorrectWorkHours(Guid CallId, decimal WorkHours, string Reason) : ICommand<CallDto>, IIdempotentCommand;

public sealed class CorrectWorkHoursHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock)
    : ICommandHandler<CorrectWorkHours, CallDto>
{
    public async ValueTask<CallDto> Handle(CorrectWorkHours command, CancellationToken cancellationToken)
    {
        var call = await db.Calls.FindForChangeAsync(command.CallId, user, request, cancellationToken);
        var now = clock.GetUtcNow();
        call.CorrectWorkHours(command.WorkHours, command.Reason.Trim(), user.StaffId, now);
        return CallDto.From(call, now);
    }
}

public sealed class CorrectWorkHoursValidator : AbstractValidator<CorrectWorkHours>
{
    public CorrectWorkHoursValidator()
    {
        RuleFor(c => c.WorkHours).IsHours();
        RuleFor(c => c.Reason).IsCorrectionReason();
    }
}
