using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Registers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Registers.Queries.GetProductMovements;

/// <summary>客戶商品進出登記簿 (form 004) as a day's page: every product in and out, in the order written.</summary>
public sealed record GetProductMovements(Guid? UnitId, DateOnly Date, string? Cursor, int? Limit) : IQuery<Page<ProductMovementDto>>;

public sealed record ProductMovementDto(long Sequence, Guid Id, Guid UnitId, DateOnly Date, DateTimeOffset At, DateTimeOffset RecordedAt, MovementDirection Direction, Guid CallId, Guid CertificateId, string ReceiptNumber, string CustomerName, string ProductModel, string SerialNumber);

public sealed class GetProductMovementsHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetProductMovements, Page<ProductMovementDto>>
{
    public async ValueTask<Page<ProductMovementDto>> Handle(GetProductMovements query, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? Cursor.DefaultLimit;
        var after = Cursor.DecodeSequence(query.Cursor);
        var movements = db.ProductMovements.AsNoTracking().Where(m => m.LocalDate == query.Date);
        if (user.ListUnit(query.UnitId) is { } unitId)
        {
            movements = movements.Where(m => m.UnitId == unitId);
        }

        if (after is { } last)
        {
            movements = movements.Where(m => m.Sequence > last);
        }

        var fetched = await movements.OrderBy(m => m.Sequence).Take(limit + 1)
            .Select(m => new ProductMovementDto(m.Sequence, m.Id, m.UnitId, m.LocalDate, m.At, m.RecordedAt, m.Direction, m.CallId, m.CertificateId, m.ReceiptNumber, m.CustomerName, m.ProductModel, m.SerialNumber))
            .ToListAsync(cancellationToken);
        return Cursor.ToPage(fetched, limit, m => m.Sequence);
    }
}

public sealed class GetProductMovementsValidator : AbstractValidator<GetProductMovements>
{
    public GetProductMovementsValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, Cursor.MaxLimit);
        RuleFor(q => q.Date).IsServiceDate();
    }
}
