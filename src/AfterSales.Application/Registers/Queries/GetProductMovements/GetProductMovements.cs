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
        var movements = db.ProductMovements.AsNoTracking().Where(m => m.LocalDate == query.Date);
        if (user.ListUnit(query.UnitId) is { } unitId)
        {
            movements = movements.Where(m => m.UnitId == unitId);
        }

        return await movements.ProjectPageBySequenceAsync<ProductMovement, ProductMovementDto>(m => m.Sequence, m => m.Sequence, query.Cursor, query.Limit, cancellationToken);
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
