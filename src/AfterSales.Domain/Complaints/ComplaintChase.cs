namespace AfterSales.Domain.Complaints;

/// <summary>R27: the service department chasing the unit about a step, with what it said.</summary>
public sealed record ComplaintChase(ComplaintStep Step, bool StepWasOverdue, string Note, Guid ChasedBy, DateTimeOffset ChasedAt);
