using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Contracts.Commands.SendExpiryNotice;

/// <summary>R20: the clerk records sending a due expiry notice: the day and the channel. Once per term.</summary>
public sealed record SendExpiryNotice(Guid NoticeId, DateOnly SentOn, NoticeChannel Channel) : ICommand<ExpiryNoticeDto>, IIdempotentCommand;

public sealed class SendExpiryNoticeHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, ContractNoticeSettings settings, TimeProvider clock)
    : ICommandHandler<SendExpiryNotice, ExpiryNoticeDto>
{
    public async ValueTask<ExpiryNoticeDto> Handle(SendExpiryNotice command, CancellationToken cancellationToken)
    {
        var notice = await db.ContractExpiryNotices.FindForChangeAsync(command.NoticeId, user, request, cancellationToken);
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == notice.UnitId, cancellationToken);
        var today = unit.Calendar.LocalDate(clock.GetUtcNow());
        notice.Send(command.SentOn, command.Channel, user.RequireStaffId(), today);
        return ExpiryNoticeDto.From(notice, today, settings);
    }
}

public sealed class SendExpiryNoticeValidator : AbstractValidator<SendExpiryNotice>
{
    public SendExpiryNoticeValidator()
    {
        RuleFor(c => c.NoticeId).NotEmpty();
        RuleFor(c => c.SentOn).IsServiceDate();
        RuleFor(c => c.Channel).IsInEnum();
    }
}
