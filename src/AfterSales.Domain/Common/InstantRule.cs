using System.Linq.Expressions;

namespace AfterSales.Domain.Common;

/// <summary>
/// A rule about a record as of an instant (R18 priority, R14 lateness), written once as an expression:
/// the aggregate evaluates it in memory, and a query hands it to EF, which translates it to SQL, so a
/// list's filter and a record's flag can never disagree.
/// </summary>
public sealed class InstantRule<T>
{
    private readonly Expression<Func<T, DateTimeOffset, bool>> _rule;
    private readonly Func<T, DateTimeOffset, bool> _evaluate;

    public InstantRule(Expression<Func<T, DateTimeOffset, bool>> rule)
    {
        _rule = rule;
        _evaluate = rule.Compile();
    }

    public bool IsSatisfiedBy(T record, DateTimeOffset at) => _evaluate(record, at);

    /// <summary>The rule as of <paramref name="at"/>, for a query (the instant becomes a SQL parameter).</summary>
    public Expression<Func<T, bool>> At(DateTimeOffset at) => Expression.Lambda<Func<T, bool>>(Bind(at), _rule.Parameters[0]);

    /// <summary>The rule's negation as of <paramref name="at"/>, for a query.</summary>
    public Expression<Func<T, bool>> NotAt(DateTimeOffset at) => Expression.Lambda<Func<T, bool>>(Expression.Not(Bind(at)), _rule.Parameters[0]);

    private Expression Bind(DateTimeOffset at)
    {
        // A member of a closure, not a constant: EF sends it as a parameter and reuses the query plan.
        Expression<Func<DateTimeOffset>> instant = () => at;
        return new Replace(_rule.Parameters[1], instant.Body).Visit(_rule.Body);
    }

    private sealed class Replace(ParameterExpression parameter, Expression with) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? with : base.VisitParameter(node);
    }
}
