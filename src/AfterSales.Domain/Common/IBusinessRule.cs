namespace AfterSales.Domain.Common;

/// <summary>
/// A rule of the regulation that an aggregate checks before it changes. When broken, the change is
/// refused and nothing happens; the API answers with a problem whose type is the rule's name.
/// </summary>
public interface IBusinessRule
{
    bool IsBroken();

    string Message { get; }
}

/// <summary>
/// A rule about the record's current state (dispatching a closed call, arriving twice): breaking it
/// is a conflict with what already happened (409), not a bad request (422).
/// </summary>
public interface IStateRule : IBusinessRule;

/// <summary>Raised when an aggregate refuses a change because a rule is broken.</summary>
public sealed class BusinessRuleViolationException(IBusinessRule rule) : Exception(rule.Message)
{
    public IBusinessRule Rule { get; } = rule;

    public bool IsStateConflict => Rule is IStateRule;

    /// <summary>The rule's name without the "Rule" suffix, stable enough to be an error type.</summary>
    public string RuleName => Rule.GetType().Name.EndsWith("Rule", StringComparison.Ordinal)
        ? Rule.GetType().Name[..^4]
        : Rule.GetType().Name;
}

/// <summary>
/// One line of a service certificate's history (form 001): every call, visit, repair, signature and
/// return, in the order they were recorded. Aggregates write them; the unit of work saves them with
/// the change that made them, so no step can happen without its line.
/// </summary>
public sealed record ServiceHistoryLine(Guid CertificateId, Guid? CallId, DateTimeOffset At, ServiceEventKind Kind, Guid? ActorId, string? Note)
{
    private static long _recorded;

    /// <summary>
    /// Where the line stands among all lines recorded in this process: one command's steps touch
    /// several aggregates (call, receipt, card), and their lines are saved in the order they happened.
    /// </summary>
    public long RecordedOrder { get; } = Interlocked.Increment(ref _recorded);
}

/// <summary>The kinds of step a certificate's history records.</summary>
public enum ServiceEventKind
{
    CallRegistered,
    Dispatched,
    Reassigned,
    Arrived,
    CompletedOnSite,
    CustomerSigned,
    TakenToWorkshop,
    ReceivedIntoWorkshop,
    PickupReceiptIssued,
    ProductIn,
    RepairCardOpened,
    RepairWork,
    PartReplaced,
    InspectionPassed,
    InspectionFailed,
    ProductOut,
    PickupReceiptVoided,
    CertificateFiled,
    CallClosed,
    CallCancelled,
    LateRepairReported,
    LateRepairAnswered,
}

/// <summary>A record kept by one unit; people of other units never see it (domain.md, "Who does what").</summary>
public interface IBelongsToUnit
{
    Guid UnitId { get; }
}

/// <summary>A record with a row version, for optimistic concurrency (ETag / If-Match).</summary>
public interface IVersioned
{
    uint Version { get; }
}

public abstract class Entity
{
    private readonly List<ServiceHistoryLine> _pendingHistory = [];

    /// <summary>History lines recorded since the aggregate was loaded, not yet saved.</summary>
    public IReadOnlyList<ServiceHistoryLine> PendingHistory => _pendingHistory;

    public void ClearPendingHistory() => _pendingHistory.Clear();

    protected void RecordHistory(ServiceHistoryLine line) => _pendingHistory.Add(line);

    protected static void CheckRule(IBusinessRule rule) => BusinessRules.Check(rule);
}

public static class BusinessRules
{
    /// <summary>Refuses the change when the rule is broken; for rules that span aggregates.</summary>
    public static void Check(IBusinessRule rule)
    {
        if (rule.IsBroken())
        {
            throw new BusinessRuleViolationException(rule);
        }
    }
}

/// <summary>A rule whose refusal carries an amount by which two sums differ (shown in the problem).</summary>
public interface IExplainsDifference
{
    Money Difference { get; }
}
