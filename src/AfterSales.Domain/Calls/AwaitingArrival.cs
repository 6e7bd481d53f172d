using System.Linq.Expressions;

namespace AfterSales.Domain.Calls;

/// <summary>
/// R19: a call still waiting for its technician (registered or dispatched, not yet reached): the calls whose
/// deadline is still running, which closures move, appointments set, and "at risk" lists. One expression
/// for the database and one test for a status, so the two never disagree.
/// </summary>
public static class AwaitingArrival
{
    public static readonly Expression<Func<RepairCall, bool>> Calls = c => c.Status == CallStatus.Registered || c.Status == CallStatus.Dispatched;

    public static bool Is(CallStatus status) => status is CallStatus.Registered or CallStatus.Dispatched;
}
