using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Contracts.Queries.GetExpiryNotices;

/// <summary>
/// R20: a unit's expiry notices by due date, optionally in one state as of the unit's today
/// (<c>status=due</c> is the clerk's list to send, <c>overdue</c> the late ones).
/// </summary>
public sealed record GetExpiryNotices(Guid? UnitId, ExpiryNoticeState? Status, string? Cursor, int? Limit) : IQuery<Page<ExpiryNoticeDto>>;

public sealed class GetExpiryNoticesHandler(IApplicationDbContext db, ICurrentUser user, ContractNoticeSettings settings, TimeProvider clock)
    : IQueryHandler<GetExpiryNotices, Page<ExpiryNoticeDto>>
{
    public async ValueTask<Page<ExpiryNoticeDto>> Handle(GetExpiryNotices query, CancellationToken cancellationToken)
    {
        var unitId = user.ListUnit(query.UnitId) ?? throw new FluentValidation.ValidationException(
            [new FluentValidation.Results.ValidationFailure("unitId", "Notices are read per unit, on its calendar; give the unitId.")]);
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken)
            ?? throw new Common.Exceptions.NotFoundException("ServiceUnit", unitId);
        var today = unit.Calendar.LocalDate(clock.GetUtcNow());
        var limit = query.Limit ?? Cursor.DefaultLimit;

        var notices = db.ContractExpiryNotices.AsNoTracking().Where(n => n.UnitId == unitId);
        if (query.Status is { } status)
        {
            notices = notices.Where(ExpiryNoticePolicy.InState(status, today, settings.SendWithinDays));
        }

        if (Cursor.DecodeDated(query.Cursor) is { } last)
        {
            notices = notices.Where(n => n.DueOn >= last.Date && (n.DueOn > last.Date || n.Id > last.Id));
        }

        var rows = await notices.OrderBy(n => n.DueOn).ThenBy(n => n.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var items = rows.Take(limit).Select(n => ExpiryNoticeDto.From(n, today, settings)).ToList();
        return new Page<ExpiryNoticeDto>(items, rows.Count > limit ? Cursor.Encode(items[^1].DueOn, items[^1].Id) : null);
    }
}

public sealed class GetExpiryNoticesValidator : AbstractValidator<GetExpiryNotices>
{
    public GetExpiryNoticesValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, Cursor.MaxLimit);
        RuleFor(q => q.Status).IsInEnum();
    }
}
