using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.RepairCards;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.RepairCards.Queries.GetRepairCards;

/// <summary>Cards in the workshop; <c>overdue=true</c> lists the late ones (R14: past the promise in force, product not yet returned), derived from the time.</summary>
public sealed record GetRepairCards(Guid? UnitId, RepairCardStatus? Status, bool? Overdue, string? Cursor, int? Limit) : IQuery<Page<RepairCardDto>>;

public sealed class GetRepairCardsHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetRepairCards, Page<RepairCardDto>>
{
    public async ValueTask<Page<RepairCardDto>> Handle(GetRepairCards query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cards = db.RepairCards.AsNoTracking();
        if (user.ListUnit(query.UnitId) is { } unitId)
        {
            cards = cards.Where(c => c.UnitId == unitId);
        }

        if (query.Status is { } status)
        {
            cards = cards.Where(c => c.Status == status);
        }

        if (query.Overdue is { } overdue)
        {
            cards = cards.Where(overdue ? RepairLatenessPolicy.Late.At(now) : RepairLatenessPolicy.Late.NotAt(now));
        }

        return await cards.PageByIdAsync(x => x.Id, query.Cursor, query.Limit, c => RepairCardDto.From(c, now), cancellationToken);
    }
}

public sealed class GetRepairCardsValidator : AbstractValidator<GetRepairCards>
{
    public GetRepairCardsValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, Cursor.MaxLimit);
        RuleFor(q => q.Status).IsInEnum();
    }
}
