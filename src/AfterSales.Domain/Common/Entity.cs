namespace AfterSales.Domain.Common;

public abstract class Entity
{
    private readonly List<ServiceHistoryLine> _pendingHistory = [];

    /// <summary>History lines recorded since the aggregate was loaded, not yet saved.</summary>
    public IReadOnlyList<ServiceHistoryLine> PendingHistory => _pendingHistory;

    public void ClearPendingHistory() => _pendingHistory.Clear();

    protected void RecordHistory(ServiceHistoryLine line) => _pendingHistory.Add(line);

    protected static void CheckRule(IBusinessRule rule) => BusinessRules.Check(rule);
}
