namespace AfterSales.Application.Duties;

/// <summary>The timed duties (section <c>Duties</c>).</summary>
public sealed class DutySettings
{
    public const string Section = "Duties";

    /// <summary>Whether this instance runs the duties (each is done once across all instances that do).</summary>
    public bool Run { get; set; } = true;

    /// <summary>How often an instance looks for duties that have fallen due.</summary>
    public double PollSeconds { get; set; } = 30;

    /// <summary>
    /// How far back a round looks for what fell due: after an outage longer than this, older moments are
    /// not announced any more (the lists still show them). Bounds every round's queries.
    /// </summary>
    public int LookbackDays { get; set; } = 7;

    public TimeSpan Lookback => TimeSpan.FromDays(LookbackDays);
}
