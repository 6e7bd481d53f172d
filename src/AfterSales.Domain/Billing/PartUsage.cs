using AfterSales.Domain.Common;

namespace AfterSales.Domain.Billing;

/// <summary>R3: a part taken from stock for a call or a repair card, for the inventory ledger.</summary>
public sealed class PartUsage : Entity, IBelongsToUnit
{
    private PartUsage()
    {
        PartNumber = string.Empty;
        UnitPrice = null!;
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public string PartNumber { get; private set; }

    public decimal Quantity { get; private set; }

    public Money UnitPrice { get; private set; }

    public DateTimeOffset UsedAt { get; private set; }

    public PartUsedWhere Where { get; private set; }

    public Guid CallId { get; private set; }

    public Guid? RepairCardId { get; private set; }

    public static PartUsage Record(Guid id, Guid unitId, Calls.PartUsed part, DateTimeOffset at, PartUsedWhere where, Guid callId, Guid? repairCardId) =>
        new()
        {
            Id = id,
            UnitId = unitId,
            PartNumber = part.PartNumber,
            Quantity = part.Quantity,
            UnitPrice = part.UnitPrice,
            UsedAt = at,
            Where = where,
            CallId = callId,
            RepairCardId = repairCardId,
        };
}
