namespace AfterSales.Domain.Complaints;

/// <summary>A closed complaint taken up again, keeping the finding it had (A3: nothing is overwritten).</summary>
public sealed record ComplaintReopening(string Reason, Guid ReopenedBy, DateTimeOffset ReopenedAt, ComplaintFinding PreviousFinding);
