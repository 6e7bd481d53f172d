using System.Buffers.Text;
using System.Text;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Complaints;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Complaints.Queries.GetComplaints;

/// <summary>
/// The service department's work list (and a unit's own complaints): Serious complaints first (R26),
/// then oldest first; <c>overdue=true</c> keeps those with a step past its deadline (R27).
/// </summary>
public sealed record GetComplaints(Guid? UnitId, ComplaintStatus? Status, ComplaintSeverity? Severity, bool? Overdue, string? Cursor, int? Limit) : IQuery<Page<ComplaintDto>>;

public sealed class GetComplaintsHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetComplaints, Page<ComplaintDto>>
{
    public async ValueTask<Page<ComplaintDto>> Handle(GetComplaints query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var limit = query.Limit ?? Cursor.DefaultLimit;
        var complaints = db.Complaints.AsNoTracking();
        if (user.ListUnit(query.UnitId) is { } unitId)
        {
            complaints = complaints.Where(c => c.UnitId == unitId);
        }

        if (query.Status is { } status)
        {
            complaints = complaints.Where(c => c.Status == status);
        }

        if (query.Severity is { } severity)
        {
            complaints = complaints.Where(c => c.Severity == severity);
        }

        if (query.Overdue is { } overdue)
        {
            complaints = complaints.Where(overdue ? ComplaintPolicy.Overdue.At(now) : ComplaintPolicy.Overdue.NotAt(now));
        }

        if (WorkListCursor.Decode(query.Cursor) is { } last)
        {
            // After a Serious complaint: later Serious ones, then every other; after another, later others only.
            complaints = last.Serious
                ? complaints.Where(c => !c.IsSerious || c.Id > last.Id)
                : complaints.Where(c => !c.IsSerious && c.Id > last.Id);
        }

        var rows = await complaints.OrderByDescending(c => c.IsSerious).ThenBy(c => c.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var items = rows.Take(limit).Select(c => ComplaintDto.From(c, now)).ToList();
        var next = rows.Count > limit ? WorkListCursor.Encode(rows[limit - 1].IsSerious, rows[limit - 1].Id) : null;
        return new Page<ComplaintDto>(items, next);
    }
}

/// <summary>The work list's sort key of the last complaint seen: Serious or not, then id (time-ordered).</summary>
internal sealed record WorkListCursor(bool Serious, Guid Id)
{
    public static string Encode(bool serious, Guid id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{(serious ? 1 : 0)}|{id}"));

    public static WorkListCursor? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('|');
            return parts.Length == 2 && parts[0] is "0" or "1" ? new WorkListCursor(parts[0] == "1", Guid.Parse(parts[1])) : throw new FormatException();
        }
        catch (FormatException)
        {
            throw Cursor.Invalid();
        }
    }
}

public sealed class GetComplaintsValidator : AbstractValidator<GetComplaints>
{
    public GetComplaintsValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, Cursor.MaxLimit);
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.Severity).IsInEnum();
    }
}
