using AfterSales.Application.Calls;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Units;
using AfterSales.Domain.Calls;
using Mediator;

namespace AfterSales.Application.Common.Behaviours;

/// <summary>
/// R19 "at risk": every answer that is a call, or a page of calls, says as of the moment of reading whether a
/// call still waiting for its technician has at most <c>Deadlines__AtRiskWorkingHours</c> of working time left
/// before its deadline, and how much is left, counted on the unit's calendar with its closures. Done once here
/// rather than in each handler, and after the command's transaction, on the unit as the deadline quote reads it.
/// </summary>
public sealed class CallDeadlineBehaviour<TMessage, TResponse>(IApplicationDbContext db, UnitQuotes units, DeadlineSettings settings, TimeProvider clock)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    /// <summary>Whether an answer of this message's type can be a call or a page of calls at all.</summary>
    private static readonly bool MayAnswerCalls =
        typeof(TResponse).IsAssignableFrom(typeof(CallDto)) || typeof(TResponse).IsAssignableFrom(typeof(Page<CallDto>));

    // A message that cannot answer a call is passed on as it is, without a step of its own to wait on it.
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken) =>
        MayAnswerCalls ? WithTimeLeftAsync(message, next, cancellationToken) : next(message, cancellationToken);

    private async ValueTask<TResponse> WithTimeLeftAsync(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        switch (response)
        {
            case CallDto call when IsWaiting(call):
                return (TResponse)(object)await WithTimeLeftAsync(call, cancellationToken);
            case Page<CallDto> page when page.Items.Any(IsWaiting):
                var items = new List<CallDto>(page.Items.Count);
                foreach (var call in page.Items)
                {
                    items.Add(IsWaiting(call) ? await WithTimeLeftAsync(call, cancellationToken) : call);
                }

                return (TResponse)(object)(page with { Items = items });
            default:
                return response;
        }
    }

    /// <summary>A waiting call whose handler did not already count its time left (one that had the unit at hand does).</summary>
    private static bool IsWaiting(CallDto call) => AwaitingArrival.Is(call.Status) && call.WorkingHoursLeft is null;

    private async Task<CallDto> WithTimeLeftAsync(CallDto call, CancellationToken cancellationToken)
    {
        var unit = await units.FindAsync(db, call.UnitId, cancellationToken);
        if (unit is null)
        {
            return call;
        }

        return call.WithTimeLeft(unit.DeadlineCalendar, clock.GetUtcNow(), settings.AtRiskWindow);
    }
}
