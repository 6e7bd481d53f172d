using System.Buffers.Text;
using System.Globalization;
using System.Text;
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

        if (DueCursor.Decode(query.Cursor) is { } last)
        {
            notices = notices.Where(n => n.DueOn >= last.DueOn && (n.DueOn > last.DueOn || n.Id > last.Id));
        }

        var rows = await notices.OrderBy(n => n.DueOn).ThenBy(n => n.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var items = rows.Take(limit).Select(n => ExpiryNoticeDto.From(n, today, settings)).ToList();
        return new Page<ExpiryNoticeDto>(items, rows.Count > limit ? DueCursor.Encode(items[^1]) : null);
    }
}

/// <summary>The list's sort key of the last notice seen: due date, then id.</summary>
internal sealed record DueCursor(DateOnly DueOn, Guid Id)
{
    public static string Encode(ExpiryNoticeDto last) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{last.DueOn.DayNumber}|{last.Id}")));

    public static DueCursor? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('|');
            return parts.Length == 2
                ? new DueCursor(DateOnly.FromDayNumber(int.Parse(parts[0], CultureInfo.InvariantCulture)), Guid.Parse(parts[1]))
                : throw new FormatException();
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentOutOfRangeException)
        {
            throw Cursor.Invalid();
        }
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
