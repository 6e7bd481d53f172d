using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Messaging;
using AfterSales.Application.Common.Scoping;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Contracts.Commands.AssignExpiryNotice;

/// <summary>R20: the supervisor names who seeks the renewal, before or after the notice is sent.</summary>
public sealed record AssignExpiryNotice(Guid NoticeId, Guid StaffId) : ICommand<ExpiryNoticeDto>, IIdempotentCommand;

public sealed class AssignExpiryNoticeHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, ContractNoticeSettings settings, TimeProvider clock)
    : ICommandHandler<AssignExpiryNotice, ExpiryNoticeDto>
{
    public async ValueTask<ExpiryNoticeDto> Handle(AssignExpiryNotice command, CancellationToken cancellationToken)
    {
        var notice = await db.ContractExpiryNotices.FindForChangeAsync(command.NoticeId, user, request, cancellationToken);
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == notice.UnitId, cancellationToken);
        var assigneeUnit = await db.Staff.AsNoTracking().Where(s => s.Id == command.StaffId).Select(s => (Guid?)s.UnitId).SingleOrDefaultAsync(cancellationToken);
        notice.Assign(command.StaffId, assigneeUnit, user.RequireStaffId());
        return ExpiryNoticeDto.From(notice, unit.Calendar.LocalDate(clock.GetUtcNow()), settings);
    }
}

public sealed class AssignExpiryNoticeValidator : AbstractValidator<AssignExpiryNotice>
{
    public AssignExpiryNoticeValidator()
    {
        RuleFor(c => c.NoticeId).NotEmpty();
        RuleFor(c => c.StaffId).NotEmpty();
    }
}
