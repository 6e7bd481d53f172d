using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.RepairCards;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.RepairCards.Queries.GetRepairCard;

public sealed record GetRepairCard(Guid RepairCardId) : IQuery<RepairCardDto>;

public sealed class GetRepairCardHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetRepairCard, RepairCardDto>
{
    public async ValueTask<RepairCardDto> Handle(GetRepairCard query, CancellationToken cancellationToken)
    {
        var card = await db.RepairCards.AsNoTracking().SingleOrDefaultAsync(c => c.Id == query.RepairCardId, cancellationToken);
        return card is not null && user.CanAccessUnit(card.UnitId)
            ? RepairCardDto.From(card, clock.GetUtcNow())
            : throw new NotFoundException(nameof(RepairCard), query.RepairCardId);
    }
}
