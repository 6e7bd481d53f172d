using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Archiving;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Archiving.Queries.GetRetentionPeriods;

/// <summary>A2: each record type's retention, in months from closing: as an admin set it, or the default.</summary>
public sealed record GetRetentionPeriods : IQuery<IReadOnlyList<RetentionPeriodDto>>;

public sealed class GetRetentionPeriodsHandler(IApplicationDbContext db) : IQueryHandler<GetRetentionPeriods, IReadOnlyList<RetentionPeriodDto>>
{
    public async ValueTask<IReadOnlyList<RetentionPeriodDto>> Handle(GetRetentionPeriods query, CancellationToken cancellationToken)
    {
        var set = await db.RetentionPeriods.AsNoTracking().ToDictionaryAsync(r => r.Type, cancellationToken);
        return RetentionPeriod.Kept.Select(type => RetentionPeriodDto.From(set.GetValueOrDefault(type) ?? RetentionPeriod.Default(type))).ToList();
    }
}
