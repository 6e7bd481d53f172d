using System.Linq.Expressions;
using AfterSales.Domain.Calendars;

namespace AfterSales.Domain.Calls;

/// <summary>
/// R19 "at risk": a call still waiting for its technician whose deadline has not passed but falls within
/// the next <c>window</c> of the unit's working time. One expression for the at-risk list and the duty that
/// announces it, so the list and the announcement never disagree.
/// </summary>
public static class DeadlineRisk
{
    /// <summary>The calls at risk at <paramref name="now"/> on the unit's deadline calendar (closures included).</summary>
    public static Expression<Func<RepairCall, bool>> AtRisk(WorkingCalendar deadlines, DateTimeOffset now, TimeSpan window)
    {
        var horizon = deadlines.AddWorkingTime(now, window);
        Expression<Func<RepairCall, bool>> due = c => c.DispatchDeadline > now && c.DispatchDeadline <= horizon;
        var call = AwaitingArrival.Calls.Parameters[0];
        var body = Expression.AndAlso(AwaitingArrival.Calls.Body, new Rebind(due.Parameters[0], call).Visit(due.Body));
        return Expression.Lambda<Func<RepairCall, bool>>(body, call);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
