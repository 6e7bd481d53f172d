using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Common.Scoping;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Surveys.Queries.GetSurveyCards;

/// <summary>R24: the survey cards of a unit's register day, one per call, on the (unit_id, register_date, id) index.</summary>
public sealed record GetSurveyCards(Guid? UnitId, DateOnly Date, string? Cursor, int? Limit) : IQuery<Page<SurveyCardDto>>;

public sealed class GetSurveyCardsHandler(IApplicationDbContext db, ICurrentUser user, SurveySettings settings, TimeProvider clock) : IQueryHandler<GetSurveyCards, Page<SurveyCardDto>>
{
    public async ValueTask<Page<SurveyCardDto>> Handle(GetSurveyCards query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cards = db.SurveyCards.AsNoTracking().Where(c => c.RegisterDate == query.Date);
        if (user.ListUnit(query.UnitId) is { } unitId)
        {
            cards = cards.Where(c => c.UnitId == unitId);
        }

        return await cards.PageByIdAsync(c => c.Id, query.Cursor, query.Limit, c => SurveyCardDto.From(c, now, settings), cancellationToken);
    }
}

public sealed class GetSurveyCardsValidator : AbstractValidator<GetSurveyCards>
{
    public GetSurveyCardsValidator()
    {
        RuleFor(q => q.Date).IsServiceDate();
        RuleFor(q => q.Limit).InclusiveBetween(1, Cursor.MaxLimit);
    }
}
