namespace AfterSales.Domain.Reports;

/// <summary>A technician's line of form 007: hours by type a–d, from their reviewed form 006.</summary>
public sealed record TechnicianHours(Guid TechnicianId, string Name, decimal Paid, decimal Contract, decimal Free, decimal Admin)
{
    public decimal Total => Paid + Contract + Free + Admin;
}
