using AfterSales.Domain.Common;

namespace AfterSales.Domain.Billing;

/// <summary>
/// R3: a part taken from stock for a call or a repair card, for the inventory ledger. A3: a mistaken
/// quantity is corrected by a new line of the difference (negative when fewer were used), pointing at
/// the line it corrects, with the reason; the ledger's sum is the corrected quantity, the first line stays.
/// </summary>
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

    /// <summary>A3: the line this one corrects; null for a part as first recorded.</summary>
    public Guid? CorrectionOf { get; private set; }

    public string? CorrectionReason { get; private set; }

    public Guid? CorrectedBy { get; private set; }

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

    /// <summary>A3: the difference between the corrected quantity and the quantity that stood, as a new line.</summary>
    public static PartUsage Correct(Guid id, PartUsage corrected, decimal difference, string reason, Guid? by, DateTimeOffset at) =>
        new()
        {
            Id = id,
            UnitId = corrected.UnitId,
            PartNumber = corrected.PartNumber,
            Quantity = difference,
            UnitPrice = corrected.UnitPrice with { }, // a value of its own: EF keeps an owned value with one owner
            UsedAt = at,
            Where = corrected.Where,
            CallId = corrected.CallId,
            RepairCardId = corrected.RepairCardId,
            CorrectionOf = corrected.Id,
            CorrectionReason = reason,
            CorrectedBy = by,
        };
}
