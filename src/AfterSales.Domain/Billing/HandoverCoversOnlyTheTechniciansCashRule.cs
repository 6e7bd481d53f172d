using AfterSales.Domain.Common;

namespace AfterSales.Domain.Billing;

public sealed class HandoverCoversOnlyTheTechniciansCashRule(IReadOnlyList<CollectedCash> collections, Guid unitId, Guid technicianId) : IBusinessRule
{
    public bool IsBroken() => collections.Any(c => c.TechnicianId != technicianId || c.UnitId != unitId);

    public string Message => "A handover covers only cash this technician collected for this unit.";
}
