using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Contracts.Commands.DeclineRenewal;

/// <summary>
/// R20: records a notice's outcome. Only Declined (with the customer's reason) is recorded here:
/// Renewed is set by renewing the contract, and Lapsed is read from the term's end.
/// </summary>
public sealed record DeclineRenewal(Guid NoticeId, ExpiryNoticeOutcome Outcome, string Reason) : ICommand<ExpiryNoticeDto>, IIdempotentCommand;

public sealed class DeclineRenewalHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, ContractNoticeSettings settings, TimeProvider clock)
    : ICommandHandler<DeclineRenewal, ExpiryNoticeDto>
{
    public async ValueTask<ExpiryNoticeDto> Handle(DeclineRenewal command, CancellationToken cancellationToken)
    {
        var notice = await db.ContractExpiryNotices.FindForChangeAsync(command.NoticeId, user, request, cancellationToken);
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == notice.UnitId, cancellationToken);
        var now = clock.GetUtcNow();
        notice.Decline(command.Reason.Trim(), now);
        return ExpiryNoticeDto.From(notice, unit.Calendar.LocalDate(now), settings);
    }
}

public sealed class DeclineRenewalValidator : AbstractValidator<DeclineRenewal>
{
    public DeclineRenewalValidator()
    {
        RuleFor(c => c.NoticeId).NotEmpty();
        RuleFor(c => c.Outcome).Equal(ExpiryNoticeOutcome.Declined)
            .WithMessage("Only Declined is recorded here: renewing the contract sets Renewed, and a term that ends with no outcome reads as Lapsed.");
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(2000);
    }
}
