using AfterSales.Application.Common.Mapping;
using Mapster;
using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.RepairCards;
using AfterSales.Domain.Registers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Registers.Queries.GetPickupReceipt;

/// <summary>A pickup receipt (form 003) by its number, and whether it is void.</summary>
public sealed record GetPickupReceipt(string Number) : IQuery<PickupReceiptDto>;

public sealed class GetPickupReceiptHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetPickupReceipt, PickupReceiptDto>
{
    public async ValueTask<PickupReceiptDto> Handle(GetPickupReceipt query, CancellationToken cancellationToken)
    {
        var receipt = await db.PickupReceipts.AsNoTracking().SingleOrDefaultAsync(r => r.Number == query.Number, cancellationToken);
        return receipt is not null && user.CanAccessUnit(receipt.UnitId)
            ? receipt.Adapt<PickupReceiptDto>(Mappings.Config)
            : throw new NotFoundException(nameof(PickupReceipt), query.Number);
    }
}
