namespace AfterSales.Domain.Complaints;

/// <summary>R26: the service department's triage. Serious complaints go to the vice general manager and head every list.</summary>
public enum ComplaintSeverity
{
    Serious,
    General,
}
