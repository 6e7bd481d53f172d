using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Paging;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Audit.Queries.GetAuditTrail;

/// <summary>Who did what to one record, oldest first.</summary>
public sealed record GetAuditTrail(string Entity, Guid Id, string? Cursor, int? Limit) : IQuery<Page<AuditEntryDto>>;

public sealed record AuditEntryDto(long Sequence, Guid Id, DateTimeOffset At, Guid? ActorId, IReadOnlyList<string> ActorRoles, Guid? ActorUnitId, string Command, string Entity, Guid EntityId);

public sealed class GetAuditTrailHandler(IApplicationDbContext db) : IQueryHandler<GetAuditTrail, Page<AuditEntryDto>>
{
    public async ValueTask<Page<AuditEntryDto>> Handle(GetAuditTrail query, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking().Where(a => a.Entity == query.Entity && a.EntityId == query.Id);
        return await entries.PageBySequenceAsync(
            a => a.Sequence,
            query.Cursor,
            query.Limit,
            a => new AuditEntryDto(a.Sequence, a.Id, a.At, a.ActorId, a.ActorRoles.Split(',', StringSplitOptions.RemoveEmptyEntries), a.ActorUnitId, a.Command, a.Entity, a.EntityId),
            cancellationToken);
    }
}

public sealed class GetAuditTrailValidator : AbstractValidator<GetAuditTrail>
{
    public GetAuditTrailValidator()
    {
        RuleFor(q => q.Entity).NotEmpty().MaximumLength(100);
        RuleFor(q => q.Id).NotEmpty();
        RuleFor(q => q.Limit).InclusiveBetween(1, Cursor.MaxLimit);
    }
}
