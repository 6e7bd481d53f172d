using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Units;
using Mediator;

namespace AfterSales.Application.Units.Queries.GetDispatchDeadline;

/// <summary>R19: when a call received at <c>receivedAt</c> would be due, so the clerk can promise it on the phone.</summary>
public sealed record GetDispatchDeadline(Guid UnitId, DateTimeOffset ReceivedAt, ServiceZone Zone) : IQuery<DispatchDeadlineDto>;

/// <summary>The deadline in the unit's own time zone, with the SLA hours it was counted from.</summary>
public sealed record DispatchDeadlineDto(Guid UnitId, DateTimeOffset ReceivedAt, ServiceZone Zone, decimal SlaWorkingHours, DateTimeOffset DueAt, string TimeZone);

public sealed class GetDispatchDeadlineHandler(IApplicationDbContext db, ICurrentUser user, UnitQuotes units) : IQueryHandler<GetDispatchDeadline, DispatchDeadlineDto>
{
    public async ValueTask<DispatchDeadlineDto> Handle(GetDispatchDeadline query, CancellationToken cancellationToken)
    {
        if (!user.CanAccessUnit(query.UnitId))
        {
            throw new NotFoundException(nameof(ServiceUnit), query.UnitId);
        }

        var unit = await units.FindAsync(db, query.UnitId, cancellationToken)
            ?? throw new NotFoundException(nameof(ServiceUnit), query.UnitId);
        var due = unit.DispatchDeadline(query.ReceivedAt, query.Zone);
        var hours = unit.Policy.SlaHoursFor(query.Zone);
        return new DispatchDeadlineDto(unit.Id, query.ReceivedAt, query.Zone, hours, due, unit.Calendar.TimeZoneId);
    }
}

public sealed class GetDispatchDeadlineValidator : FluentValidation.AbstractValidator<GetDispatchDeadline>
{
    public GetDispatchDeadlineValidator()
    {
        RuleFor(q => q.Zone).IsInEnum();
        RuleFor(q => q.ReceivedAt).IsServiceInstant();
    }
}
