namespace AfterSales.Domain.Archiving;

/// <summary>Where a destruction stands (A2): proposed by an admin, approved by the service department, carried out.</summary>
public enum DestructionStatus
{
    Requested,
    Approved,
    Executed,
}
