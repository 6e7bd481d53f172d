namespace AfterSales.Domain.Complaints;

/// <summary>R28: one visit to the complaining customer, or the customer's refusal of it, as recorded by the visitor.</summary>
public sealed record ComplaintVisit(Guid VisitedBy, DateTimeOffset VisitedAt, string Notes, bool CustomerRefused, DateTimeOffset RecordedAt);
