namespace AfterSales.Application.Duties;

/// <summary>
/// One timed duty done for one record at one due moment: the claim that makes a duty run once per due
/// moment across every instance. Its key is (duty, subject, due); it is inserted in the transaction that
/// does the duty's work, so a crash before the commit leaves neither, and the next round does both once.
/// </summary>
public sealed class DutyRun
{
    /// <summary>The duty and, where one record has several deadlines, which (<c>ComplaintOverdue:Visit</c>).</summary>
    public string Duty { get; init; } = string.Empty;

    public Guid SubjectId { get; init; }

    public DateTimeOffset DueAt { get; init; }

    public Guid UnitId { get; init; }

    public DateTimeOffset DoneAt { get; init; }

    /// <summary>The instance that did it (its machine name and process id), for operators.</summary>
    public string Instance { get; init; } = string.Empty;
}
